/**
 * Petitions and the leader message board (网上信访 / 领导留言板): the {@link sunshine.petitions.Petition}
 * aggregate and its seven steps (登记交办 → 认领告知 → 承办办理 → 审核报签 → 统一回复 → 分析通报 → 立卷存档),
 * the legal deadlines of 《信访工作条例》(2022) and, for matters received before 2022-05-01, of
 * 《信访条例》(2005) ({@link sunshine.petitions.PetitionTimeLimits}), the citizen's tracking, rating,
 * 复查 and 复核 (三级终结), supervision orders (督办) and hearings (听证), repeat petitions (重复信访: found by
 * {@link sunshine.petitions.RepeatFinder}, merged into the matter's first petition, answered with its reply and
 * counted once), and the analysis queries ({@link sunshine.petitions.PetitionStatistics}).
 *
 * <p>Published SQL views ({@code V4__petitions.sql}), the only things other modules may read:
 * <ul>
 * <li>{@code report_petitions_items}: one row per petition, no personal data — agency (id, code, parent),
 * channel, {@code online} (1 for 网上投诉/领导留言板/手机微信), category, review level, status, received,
 * accepted and answered days, whether answered in time, rating, visitors and {@code group_visit}, and
 * {@code repeat_of} (the matter's first petition of a repeat, 重复信访; null for a matter of its own — count
 * matters with {@code repeat_of is null}; V21);</li>
 * <li>{@code report_petitions_monthly}: per agency, month of receipt and channel — received, answered,
 * answered in time, rated, satisfied (matters only), and {@code repeats} (the repeats apart; V21);</li>
 * <li>{@code report_petitions_board}: the published message-board replies, personal data removed.</li>
 * </ul>
 *
 * <p>Shape, after {@code odrotbohm/spring-restbucks}: {@link sunshine.petitions.Petition} owns its
 * {@link sunshine.petitions.PetitionStatus}; its verbs are package-private, guarded and register a
 * {@link sunshine.petitions.PetitionEvent}; {@link sunshine.petitions.PetitionManagement} is their only
 * caller and adds the role and data-scope checks. Lists and statistics are SQL
 * ({@link sunshine.petitions.PetitionQueries}, {@link sunshine.petitions.PetitionStatistics}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Petitions 网上信访", allowedDependencies = {
		"shared", "agency", "calendar", "requests", "documents", "notify" })
package sunshine.petitions;
