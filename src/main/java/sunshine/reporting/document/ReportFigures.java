package sunshine.reporting.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live figures an annual report's text may cite beyond the statistics table (issue 16), each read
 * from the reporting views the other modules publish and nothing else: the message board and petitions of
 * the year ({@code report_petitions_items}), the yearly register ({@code report_disclosure_register}: the
 * 人大代表建议 and 政协提案 handled — the items of each entry summed —, meetings, trainings and press
 * conferences counted, trainees summed), applications received
 * ({@code report_requests_applications}), the portal's average page views a month (门户网站月均访问量, from
 * {@code report_portal_page_views}: the views of the agency's pages and of the agencies below it, divided by
 * the year's twelve months — by the months so far in the current year) and the change on the year before
 * (同比, in per cent).
 *
 * <p>A figure is cited as {@code {{留言板.收到}}} like a cell; rates and changes are per cent with one decimal
 * (94.8, never 0.948), the text writing the “%” after them. A change on a year with nothing to compare
 * (zero the year before) is not a figure: citing it is an unknown reference.
 */
@Service
@Transactional(readOnly = true)
public class ReportFigures {

	/** One figure: its reference key ({@code 留言板.收到}), its Chinese label, its unit, its value. */
	public record Figure(String key, String label, String unit, BigDecimal value) {

		/** The reference to write in the text. */
		public String reference() {
			return "{{" + key + "}}";
		}
	}

	public static final String BOARD_RECEIVED = "留言板.收到";
	public static final String BOARD_REPLIED = "留言板.已回复";
	public static final String BOARD_PENDING = "留言板.办理中";
	public static final String BOARD_REPLY_RATE = "留言板.回复率";
	public static final String PETITIONS_RECEIVED = "信访.收到";
	public static final String PETITIONS_ONLINE = "信访.网上";
	public static final String PETITIONS_ANSWERED = "信访.已答复";
	public static final String PETITIONS_SATISFACTION = "信访.满意率";
	public static final String APPLICATIONS_RECEIVED = "公开申请.收到";
	public static final String NPC_SUGGESTIONS = "登记.人大代表建议";
	public static final String CPPCC_PROPOSALS = "登记.政协提案";
	public static final String MEETINGS = "登记.会议";
	public static final String TRAININGS = "登记.培训班";
	public static final String TRAINEES = "登记.培训人次";
	public static final String PRESS_CONFERENCES = "登记.新闻发布会";
	public static final String PORTAL_MONTHLY_VIEWS = "门户.月均访问量";
	public static final String CHANGE_PETITIONS = "同比.信访收到";
	public static final String CHANGE_ONLINE = "同比.网上信访";
	public static final String CHANGE_BOARD = "同比.留言板收到";
	public static final String CHANGE_APPLICATIONS = "同比.公开申请";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;
	private final java.time.Clock clock;

	public ReportFigures(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The figures of the agency's year, in the order the editor's picker lists them. */
	public List<Figure> of(long agencyId, int year) {
		Counts now = counts(agencyId, year);
		Counts before = counts(agencyId, year - 1);
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure(BOARD_RECEIVED, "领导留言板收到留言", "条", now.boardReceived));
		figures.add(new Figure(BOARD_REPLIED, "领导留言板已办结回复", "条", now.boardReplied));
		figures.add(new Figure(BOARD_PENDING, "领导留言板正在办理", "条", now.boardReceived.subtract(now.boardReplied)));
		rate(now.boardReplied, now.boardReceived).ifPresent(r -> figures.add(new Figure(BOARD_REPLY_RATE, "领导留言板回复率", "%", r)));
		figures.add(new Figure(PETITIONS_RECEIVED, "受理信访事项", "件", now.petitions));
		figures.add(new Figure(PETITIONS_ONLINE, "其中网上信访", "件", now.online));
		figures.add(new Figure(PETITIONS_ANSWERED, "信访事项已答复", "件", now.answered));
		rate(now.satisfied, now.rated).ifPresent(r -> figures.add(new Figure(PETITIONS_SATISFACTION, "信访事项满意率", "%", r)));
		figures.add(new Figure(APPLICATIONS_RECEIVED, "收到政府信息公开申请", "件", now.applications));
		figures.add(new Figure(NPC_SUGGESTIONS, "办理人大代表建议", "件", now.items.getOrDefault("NPC_SUGGESTION", BigDecimal.ZERO)));
		figures.add(new Figure(CPPCC_PROPOSALS, "办理政协提案", "件", now.items.getOrDefault("CPPCC_PROPOSAL", BigDecimal.ZERO)));
		figures.add(new Figure(MEETINGS, "召开政府信息公开工作会议", "次", now.register.getOrDefault("MEETING", BigDecimal.ZERO)));
		figures.add(new Figure(TRAININGS, "举办政府信息公开培训班", "期", now.register.getOrDefault("TRAINING_HELD", BigDecimal.ZERO)));
		figures.add(new Figure(TRAINEES, "接受培训人员", "人次", now.trainees));
		figures.add(new Figure(PRESS_CONFERENCES, "参加或举办新闻发布会", "次", now.register.getOrDefault("PRESS_CONFERENCE", BigDecimal.ZERO)));
		monthlyViews(agencyId, year).ifPresent(v -> figures.add(new Figure(PORTAL_MONTHLY_VIEWS, "门户网站月均访问量", "次", v)));
		change(now.petitions, before.petitions).ifPresent(c -> figures.add(new Figure(CHANGE_PETITIONS, "信访事项同比增减", "%", c)));
		change(now.online, before.online).ifPresent(c -> figures.add(new Figure(CHANGE_ONLINE, "网上信访同比增减", "%", c)));
		change(now.boardReceived, before.boardReceived).ifPresent(c -> figures.add(new Figure(CHANGE_BOARD, "领导留言板留言同比增减", "%", c)));
		change(now.applications, before.applications).ifPresent(c -> figures.add(new Figure(CHANGE_APPLICATIONS, "政府信息公开申请同比增减", "%", c)));
		return figures;
	}

	/**
	 * 门户网站月均访问量: the year's page views of the agency's portal pages (its own and those of the agencies
	 * below it) divided by the months of the year — twelve, or in the current year the months up to and
	 * including this one (Asia/Shanghai) — rounded half up to a whole view; none for a year still to come.
	 */
	java.util.Optional<BigDecimal> monthlyViews(long agencyId, int year) {
		LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
		int months = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 0;
		if (months == 0) {
			return java.util.Optional.empty();
		}
		long views = jdbc.sql("""
				select coalesce(sum(views), 0) from report_portal_page_views
				where agency_id = :agency and view_year = :y""")
				.param("agency", agencyId).param("y", year).query(Long.class).single();
		return java.util.Optional.of(BigDecimal.valueOf(views).divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_UP));
	}

	/** The figures as the renderer takes them: key → value. */
	public static Map<String, BigDecimal> values(List<Figure> figures) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		figures.forEach(f -> values.put(f.key(), f.value()));
		return values;
	}

	/** {@code part / whole} in per cent, one decimal, half up; none when the whole is zero. */
	static java.util.Optional<BigDecimal> rate(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP));
	}

	/** The change from {@code before} to {@code now} in per cent, one decimal; none when before is zero. */
	static java.util.Optional<BigDecimal> change(BigDecimal now, BigDecimal before) {
		return rate(now.subtract(before), before);
	}

	private record Counts(BigDecimal boardReceived, BigDecimal boardReplied, BigDecimal petitions, BigDecimal online,
			BigDecimal answered, BigDecimal rated, BigDecimal satisfied, BigDecimal applications,
			Map<String, BigDecimal> register, Map<String, BigDecimal> items, BigDecimal trainees) {
	}

	private Counts counts(long agencyId, int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31);
		// 办结回复 by 31 December of the year, of the items received in it
		var petitions = jdbc.sql("""
				select count(*) as received,
				       coalesce(sum(case when channel = 'MESSAGE_BOARD' then 1 else 0 end), 0) as board,
				       coalesce(sum(case when channel = 'MESSAGE_BOARD' and answered_on is not null and answered_on <= :end
				                         then 1 else 0 end), 0) as board_replied,
				       coalesce(sum(online), 0) as online,
				       coalesce(sum(case when answered_on is not null and answered_on <= :end then 1 else 0 end), 0) as answered,
				       coalesce(sum(case when rating is not null then 1 else 0 end), 0) as rated,
				       coalesce(sum(case when rating in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end), 0) as satisfied
				from report_petitions_items
				where agency_id = :agency and received_on >= :start and received_on <= :end and repeat_of is null""")
				.param("agency", agencyId).param("start", start).param("end", end)
				.query((rs, n) -> new long[] { rs.getLong("received"), rs.getLong("board"), rs.getLong("board_replied"),
						rs.getLong("online"), rs.getLong("answered"), rs.getLong("rated"), rs.getLong("satisfied") })
				.single();
		long applications = jdbc.sql("""
				select count(*) from report_requests_applications
				where agency_id = :agency and received_on >= :start and received_on <= :end""")
				.param("agency", agencyId).param("start", start).param("end", end).query(Long.class).single();
		Map<String, BigDecimal> register = new LinkedHashMap<>();
		Map<String, BigDecimal> items = new LinkedHashMap<>();
		long[] trainees = { 0 };
		jdbc.sql("""
				select kind, count(*) as entries, coalesce(sum(quantity), 0) as quantity
				from report_disclosure_register
				where agency_id = :agency and occurred_on >= :start and occurred_on <= :end
				group by kind""")
				.param("agency", agencyId).param("start", start).param("end", end)
				.query(rs -> {
					register.put(rs.getString("kind"), BigDecimal.valueOf(rs.getLong("entries")));
					items.put(rs.getString("kind"), BigDecimal.valueOf(rs.getLong("quantity")));
					if (rs.getString("kind").startsWith("TRAINING_")) {
						trainees[0] += rs.getLong("quantity");
					}
				});
		return new Counts(BigDecimal.valueOf(petitions[1]), BigDecimal.valueOf(petitions[2]),
				BigDecimal.valueOf(petitions[0]), BigDecimal.valueOf(petitions[3]), BigDecimal.valueOf(petitions[4]),
				BigDecimal.valueOf(petitions[5]), BigDecimal.valueOf(petitions[6]), BigDecimal.valueOf(applications),
				register, items, BigDecimal.valueOf(trainees[0]));
	}
}
