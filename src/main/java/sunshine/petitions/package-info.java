/**
 * Petitions and the leader message board (网上信访 / 领导留言板): the {@link sunshine.petitions.Petition}
 * aggregate and its seven steps (登记交办 → 认领告知 → 承办办理 → 审核报签 → 统一回复 → 分析通报 → 立卷存档),
 * the legal deadlines of 《信访工作条例》(2022) and, for matters received before 2022-05-01, of
 * 《信访条例》(2005) ({@link sunshine.petitions.PetitionTimeLimits}), the citizen's tracking, rating,
 * 复查 and 复核 (三级终结), supervision orders (督办) and hearings (听证), and the analysis queries
 * ({@link sunshine.petitions.PetitionStatistics}). Reporting reads the {@code report_petitions_*}
 * SQL views of this module's migration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Petitions 网上信访", allowedDependencies = {
		"shared", "agency", "calendar" })
package sunshine.petitions;
