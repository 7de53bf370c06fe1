package sunshine.reporting.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import sunshine.reporting.table.ReportRecords.Application;
import sunshine.reporting.table.ReportRecords.HotspotResponse;
import sunshine.reporting.table.ReportRecords.NormativeDocument;
import sunshine.reporting.table.ReportRecords.Publication;
import sunshine.reporting.table.ReportRecords.RegisterEntry;
import sunshine.reporting.table.ReportRecords.Remedy;

/**
 * The counting rules of the annual statistics table, one place for all three eras: records of the
 * reporting views in, a {@link ReportTable} of the year's era out, with the records behind each cell
 * (for the console's drill-down).
 *
 * <p>Reporting year Y runs from 1 January to 31 December (every published report uses that statistical
 * period; 《政府信息公开条例》（2019）第五十条, （2008）第三十二条). Dates alone decide (V3__requests.sql):
 * <ul>
 * <li>一 本年新收 = received in Y; 二 上年结转 = received before Y and not concluded before Y;
 * 三 办理结果 = concluded in Y, by result row; 四 结转下年度 = received by 31 Dec and not concluded by then. So
 * 新收 + 上年结转 = （七）总计 + 结转下年度 in every column (国办公开办函〔2021〕30号, the form's
 * 勾稽关系) and 上年结转(Y) = 结转下年度(Y − 1) hold by construction, never by copying a counter.</li>
 * <li>Section 四 (and 2008 rows 四、五): remedies filed in Y, by result; one decided after 31 Dec (or not
 * yet) is 尚未审结 (2008: 其他情形, the 2008 form having no 尚未审结 column).</li>
 * <li>2008 row 六 举报投诉 = complaints filed in Y; row 七 = fees paid in Y, in 万元.</li>
 * <li>Disclosure rows follow the counting rules stated with each {@code report_disclosure_*} view in
 * V2__disclosure.sql (an item on several channels counts once in 一（一）and once per channel; a
 * hotspot answered several ways counts once; staff, offices and reading points standing on 31 Dec).</li>
 * </ul>
 * <p>Cells no view can supply are {@code null} (unknown): in the 2019 trial format, the 上一年项目数量 and
 * 本年增/减 columns of section 二 and the row 其他对外管理服务事项.
 */
public final class TableComputation {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private final ReportLayout layout;
	private final ReportTable table;
	/** Per cell, the records counted in it, each once, in the order counted (a set: a list's contains made
	 * a table of n records cost n² comparisons, 20 s for one agency-year at 1,000,000 requests). */
	private final Map<String, Set<String>> sources = new LinkedHashMap<>();
	private final LocalDate start;
	private final LocalDate end;
	private final boolean keepSources;

	private TableComputation(int year, boolean keepSources) {
		this.keepSources = keepSources;
		this.layout = ReportLayout.of(ReportFormat.forYear(year));
		this.table = new ReportTable(layout);
		this.start = LocalDate.of(year, 1, 1);
		this.end = LocalDate.of(year, 12, 31);
		for (ReportRow row : layout.rows()) {
			for (String column : row.columns()) {
				table.put(row.id(), column, BigDecimal.ZERO);
			}
		}
	}

	/**
	 * The result: the table; per cell ({@link #cellKey}), the records counted in it; and the figures the
	 * report's text names outside the table ({@link #FEE_NOTICES}, {@link #FEE_NOTIFIED_YUAN},
	 * {@link #FEE_PAID_YUAN}: section 六's 信息处理费, 《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）).
	 */
	public record Computed(ReportTable table, Map<String, List<String>> sources, Map<String, BigDecimal> figures) {

		public Computed {
			sources = Map.copyOf(sources);
			figures = Map.copyOf(figures);
		}

		/** The records behind a cell, such as {@code request:12} or {@code item:7}; empty when none. */
		public List<String> recordsOf(String rowId, String column) {
			return sources.getOrDefault(cellKey(rowId, column), List.of());
		}
	}

	/** 发出收费通知的件数: fee notices sent in the year. */
	public static final String FEE_NOTICES = "FEE.通知件数";

	/** 收费通知的总金额（元）. */
	public static final String FEE_NOTIFIED_YUAN = "FEE.通知金额";

	/** 实际收取的总金额（元）: fees paid in the year. */
	public static final String FEE_PAID_YUAN = "FEE.实收金额";

	/** The key of a cell in {@link Computed#sources()}. */
	public static String cellKey(String rowId, String column) {
		return rowId + "|" + column;
	}

	/** The table of reporting year {@code year} in that year's era, from the records, with the records behind each cell. */
	public static Computed compute(ReportRecords records, int year) {
		return compute(records, year, true);
	}

	/**
	 * The same table and figures without the records behind each cell ({@link Computed#recordsOf} is
	 * empty): what a table page or the roll-up of a region needs, at a fraction of the memory and time
	 * (no set of hundreds of thousands of references to build).
	 */
	public static Computed computeTable(ReportRecords records, int year) {
		return compute(records, year, false);
	}

	private static Computed compute(ReportRecords records, int year, boolean keepSources) {
		TableComputation computation = new TableComputation(year, keepSources);
		if (computation.layout.format() == ReportFormat.ERA_2008) {
			computation.applications2008(records.applications());
			computation.remedies2008(records.remedies());
			computation.disclosure2008(records);
		}
		else {
			computation.applications(records.applications());
			computation.remedies(records.remedies());
			computation.section2(records);
		}
		Map<String, List<String>> sources = new LinkedHashMap<>();
		computation.sources.forEach((cell, counted) -> sources.put(cell, List.copyOf(counted)));
		return new Computed(computation.table, sources, fees(records.applications(), computation));
	}

	private static Map<String, BigDecimal> fees(List<Application> applications, TableComputation computation) {
		long notices = 0;
		long notified = 0;
		long paid = 0;
		for (Application a : applications) {
			long fee = a.feeYuan() == null ? 0 : a.feeYuan();
			if (computation.inYear(a.feeNotifiedOn())) {
				notices += a.count();
				notified += fee * a.count();
			}
			if (computation.inYear(a.feePaidOn())) {
				paid += fee * a.count();
			}
		}
		return Map.of(FEE_NOTICES, BigDecimal.valueOf(notices), FEE_NOTIFIED_YUAN, BigDecimal.valueOf(notified),
				FEE_PAID_YUAN, BigDecimal.valueOf(paid));
	}

	// ------------------------------------------------------------------------------------ helpers

	private boolean inYear(LocalDate date) {
		return date != null && !date.isBefore(start) && !date.isAfter(end);
	}

	/** Standing on 31 Dec: began by then and not ended by then. */
	private boolean standing(LocalDate from, LocalDate until) {
		return from != null && !from.isAfter(end) && (until == null || until.isAfter(end));
	}

	private void add(String row, String column, BigDecimal amount, String source) {
		table.put(row, column, table.value(row, column).add(amount));
		if (keepSources && source != null) {
			sources.computeIfAbsent(cellKey(row, column), k -> new LinkedHashSet<>()).add(source);
		}
	}

	private void count(String row, String column, String source) {
		add(row, column, BigDecimal.ONE, source);
	}

	private void count(String row, String source) {
		count(row, ReportRow.VALUE, source);
	}

	private static String request(Application a) {
		return "request:" + a.requestId();
	}

	/** Counts an application — or, for a tally of like applications ({@link Application#count()}), all of them. */
	private void tally(String row, String column, Application a) {
		add(row, column, BigDecimal.valueOf(a.count()), request(a));
	}

	private void tally(String row, Application a) {
		tally(row, ReportRow.VALUE, a);
	}

	/** A remedy's result as it stood on 31 Dec of the year: not decided by then is PENDING. */
	private String resultAtYearEnd(Remedy remedy) {
		if (remedy.decidedOn() == null || remedy.decidedOn().isAfter(end) || remedy.result() == null) {
			return "PENDING";
		}
		return remedy.result();
	}

	// ------------------------------------------------------------------------ 2019 / 2021 section 三

	private void applications(List<Application> applications) {
		boolean single = layout.singleOtherProcessingRow();
		for (Application a : applications) {
			String column = a.applicantColumn();
			if (inYear(a.receivedOn())) {
				tally("NEW", column, a);
			}
			if (a.receivedOn().isBefore(start) && (a.concludedOn() == null || !a.concludedOn().isBefore(start))) {
				tally("CARRY_IN", column, a);
			}
			if (inYear(a.concludedOn()) && !a.receivedOn().isAfter(end)) {
				String row = single ? a.outcome2019() : a.outcomeCode();
				if (row != null && layout.row(row).isPresent()) {
					tally(row, column, a);
				}
				tally("R7", column, a);
			}
			if (!a.receivedOn().isAfter(end) && (a.concludedOn() == null || a.concludedOn().isAfter(end))) {
				tally("CARRY_OUT", column, a);
			}
		}
		for (ReportRow row : layout.section("三")) {
			BigDecimal total = BigDecimal.ZERO;
			for (String column : ReportLayout.APPLICANT_COLUMNS.subList(0, 6)) {
				total = total.add(table.value(row.id(), column));
				Set<String> counted = sources.get(cellKey(row.id(), column));
				if (counted != null) {
					sources.computeIfAbsent(cellKey(row.id(), ReportLayout.TOTAL), k -> new LinkedHashSet<>()).addAll(counted);
				}
			}
			table.put(row.id(), ReportLayout.TOTAL, total);
		}
	}

	private void remedies(List<Remedy> remedies) {
		for (Remedy remedy : remedies) {
			if (remedy.reportRow() == null || !inYear(remedy.filedOn())) {
				continue;
			}
			String column = switch (resultAtYearEnd(remedy)) {
				case "UPHELD" -> "结果维持";
				case "CORRECTED" -> "结果纠正";
				case "OTHER" -> "其他结果";
				default -> "尚未审结";
			};
			count(remedy.reportRow(), column, "remedy:" + remedy.remedyId());
			count(remedy.reportRow(), ReportLayout.TOTAL, "remedy:" + remedy.remedyId());
		}
	}

	// ------------------------------------------------------------------------ 2019 / 2021 section 二

	private void section2(ReportRecords records) {
		boolean trial = layout.format() == ReportFormat.TRIAL_2019;
		for (NormativeDocument d : records.documents()) {
			String row = "RULE".equals(d.kind()) ? "2-1/规章" : trial ? "2-1/规范性文件" : "2-1/行政规范性文件";
			String source = "document:" + d.documentId();
			if (trial) {
				if (inYear(d.issuedOn())) {
					count(row, "本年新制作数量", source);
				}
				if (inYear(d.disclosedOn())) {
					count(row, "本年新公开数量", source);
				}
				if (d.disclosedOn() != null && !d.disclosedOn().isAfter(end) && standing(d.issuedOn(), d.abolishedOn())) {
					count(row, "对外公开总数量", source);
				}
			}
			else {
				if (inYear(d.issuedOn())) {
					count(row, "本年制发件数", source);
				}
				if (inYear(d.abolishedOn())) {
					count(row, "本年废止件数", source);
				}
				if (standing(d.issuedOn(), d.abolishedOn())) {
					count(row, "现行有效件数", source);
				}
			}
		}
		String decisions = trial ? "处理决定数量" : "本年处理决定数量";
		for (RegisterEntry e : records.register()) {
			if (!inYear(e.occurredOn())) {
				continue;
			}
			String source = "register:" + e.entryId();
			BigDecimal quantity = BigDecimal.valueOf(e.quantity());
			switch (e.kind()) {
				case "LICENSING" -> add("2-2/行政许可", decisions, quantity, source);
				case "PENALTY" -> add("2-3/行政处罚", decisions, quantity, source);
				case "COERCION" -> add("2-3/行政强制", decisions, quantity, source);
				case "FEES" -> {
					if (!trial) {
						add("2-4/行政事业性收费", "本年收费金额（单位：万元）", wan(e.amountFen()), source);
					}
				}
				case "PROCUREMENT" -> {
					if (trial) {
						add("2-5/政府集中采购", "采购项目数量", quantity, source);
						add("2-5/政府集中采购", "采购总金额", wan(e.amountFen()), source);
					}
				}
				default -> {
				}
			}
		}
		if (trial) {
			for (String row : List.of("2-2/行政许可", "2-2/其他对外管理服务事项", "2-3/行政处罚", "2-3/行政强制",
					"2-4/行政事业性收费")) {
				table.put(row, "上一年项目数量", null);
				table.put(row, "本年增/减", null);
			}
			table.put("2-2/其他对外管理服务事项", "处理决定数量", null);
		}
	}

	private static BigDecimal wan(long fen) {
		return BigDecimal.valueOf(fen).divide(MILLION, 4, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	// --------------------------------------------------------------------------------- 2008 table

	private void applications2008(List<Application> applications) {
		for (Application a : applications) {
			if (inYear(a.receivedOn())) {
				tally(a.channelRow2008(), a);
				tally("S3_1", a);
			}
			if (inYear(a.concludedOn())) {
				tally("S3_2", a);
				tally(a.extended() ? "S3_2_2" : "S3_2_1", a);
				String reply = a.outcome2008();
				if (reply != null && layout.row(reply).isPresent()) {
					tally(reply, a);
					if (reply.startsWith("S3_3_4")) {
						if (!reply.equals("S3_3_4")) {
							tally("S3_3_4", a);
						}
					}
					tally("S3_3", a);
				}
			}
			if (inYear(a.feePaidOn()) && a.feeYuan() != null) {
				add("S7", ReportRow.VALUE, BigDecimal.valueOf(a.feeYuan()).divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP)
						.stripTrailingZeros(), request(a));
			}
		}
	}

	private void remedies2008(List<Remedy> remedies) {
		for (Remedy remedy : remedies) {
			if (!inYear(remedy.filedOn())) {
				continue;
			}
			String source = "remedy:" + remedy.remedyId();
			if (remedy.reportRow() == null) {
				count("S6", source);
				continue;
			}
			String total = remedy.reportRow().equals("REVIEW") ? "S4" : "S5";
			count(total, source);
			count(total + switch (resultAtYearEnd(remedy)) {
				case "UPHELD" -> "_1";
				case "CORRECTED" -> "_2";
				default -> "_3";
			}, source);
		}
	}

	private void disclosure2008(ReportRecords records) {
		Map<String, String> channels = Map.of("GAZETTE", "S1_2_1", "WEBSITE", "S1_2_2", "WEIBO", "S1_2_3", "WECHAT",
				"S1_2_4", "OTHER", "S1_2_5");
		Map<String, Set<Long>> distinct = new LinkedHashMap<>();
		for (Publication p : records.publications()) {
			if (!inYear(p.publishedOn())) {
				continue;
			}
			String source = "item:" + p.itemId();
			if (distinct.computeIfAbsent("S1_1", k -> new HashSet<>()).add(p.itemId())) {
				count("S1_1", source);
			}
			if (p.normative() && distinct.computeIfAbsent("S1_1a", k -> new HashSet<>()).add(p.itemId())) {
				count("S1_1a", source);
			}
			String row = channels.getOrDefault(p.channel(), "S1_2_5");
			if (distinct.computeIfAbsent(row, k -> new HashSet<>()).add(p.itemId())) {
				count(row, source);
			}
		}
		for (NormativeDocument d : records.documents()) {
			if (inYear(d.issuedOn())) {
				count("S1_1b", "document:" + d.documentId());
			}
		}
		for (HotspotResponse r : records.hotspotResponses()) {
			if (!inYear(r.respondedOn())) {
				continue;
			}
			String source = "hotspot:" + r.hotspotId();
			if (distinct.computeIfAbsent("S2_1", k -> new HashSet<>()).add(r.hotspotId())) {
				count("S2_1", source);
			}
			String row = switch (r.channel()) {
				case "WEIBO", "WECHAT" -> "S2_2_4";
				case "OTHER" -> "S2_2_5";
				default -> null;
			};
			if (row != null && distinct.computeIfAbsent(row, k -> new HashSet<>()).add(r.hotspotId())) {
				count(row, source);
			}
		}
		records.interpretations().stream().filter(i -> inYear(i.publishedOn()))
				.forEach(i -> count("S2_2_3", "interpretation:" + i.interpretationId()));
		for (RegisterEntry e : records.register()) {
			String source = "register:" + e.entryId();
			boolean thisYear = inYear(e.occurredOn());
			boolean standing = standing(e.occurredOn(), e.endedOn());
			switch (e.kind()) {
				case "PRESS_CONFERENCE" -> {
					if (thisYear) {
						count("S2_2_1", source);
						if (e.principalLeader()) {
							count("S2_2_1a", source);
						}
					}
				}
				case "ONLINE_INTERVIEW" -> {
					if (thisYear) {
						count("S2_2_2", source);
						if (e.principalLeader()) {
							count("S2_2_2a", source);
						}
					}
				}
				case "DISCLOSURE_OFFICE" -> {
					if (standing) {
						count("S8_1", source);
					}
				}
				case "READING_POINT" -> {
					if (standing) {
						count("S8_2", source);
					}
				}
				case "STAFF" -> {
					if (standing) {
						count("S8_3", source);
						count(e.fullTime() ? "S8_3_1" : "S8_3_2", source);
					}
				}
				case "SPECIAL_BUDGET" -> {
					if (thisYear) {
						add("S8_4", ReportRow.VALUE, wan(e.amountFen()), source);
					}
				}
				case "MEETING" -> {
					if (thisYear) {
						count("S9_1", source);
					}
				}
				case "TRAINING_HELD" -> {
					if (thisYear) {
						count("S9_2", source);
						add("S9_3", ReportRow.VALUE, BigDecimal.valueOf(e.quantity()), source);
					}
				}
				case "TRAINING_ATTENDED" -> {
					if (thisYear) {
						add("S9_3", ReportRow.VALUE, BigDecimal.valueOf(e.quantity()), source);
					}
				}
				default -> {
				}
			}
		}
	}

	/** Exposed for tests: a table of the year's era with every cell 0 (the unknown ones null). */
	static ReportTable empty(int year) {
		return computeTable(ReportRecords.none(), year).table();
	}
}
