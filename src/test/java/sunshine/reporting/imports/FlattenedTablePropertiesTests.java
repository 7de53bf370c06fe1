package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportRow;

/**
 * Property: random tables of the 2021 format and of the 2019 trial format (国办公开办函〔2019〕60号, years
 * 2019–2020) that satisfy every rule of the format, rendered as tab text, as a Markdown
 * table and as HTML, then flattened to one line, read back with no wrong value — every cell read equals
 * the table's, every row (section 四: the whole run) whose digits allow one cut only (one digit a cell) is read, and what is not read
 * is reported unread. Seeded: {@code -Dsunshine.seed=N} replays a run; the seed is printed on failure.
 */
class FlattenedTablePropertiesTests {

	private static final int RUNS = 120;

	/** The headings of the 2008 table that hold no value, before the row they head. */
	private static final Map<String, String> HEADINGS_2008 = Map.of("S1_1", "一、主动公开情况",
			"S1_2_1", "（二）通过不同渠道和方式公开政府信息的情况", "S2_1", "二、回应解读情况",
			"S2_2_1", "（二）通过不同渠道和方式回应解读的情况", "S3_1", "三、依申请公开情况",
			"S8_1", "八、机构建设和保障经费情况", "S9_1", "九、政府信息公开会议和培训情况");
	private final PublishedReportParser parser = new PublishedReportParser();

	@Test
	void flattenedRandomTablesReadWithoutAWrongValue() {
		readsFlattenedRandomTables(ReportFormat.FORMAT_2021, 2023);
	}

	@Test
	void flattenedRandomTablesOfTheTrialFormatReadWithoutAWrongValue() {
		readsFlattenedRandomTables(ReportFormat.TRIAL_2019, 2020);
	}

	private void readsFlattenedRandomTables(ReportFormat format, int year) {
		long seed = Long.getLong("sunshine.seed", System.nanoTime());
		Random random = new Random(seed);
		ReportLayout layout = ReportLayout.of(format);
		int read = 0;
		int total = 0;
		for (int run = 0; run < RUNS; run++) {
			Map<String, long[]> table = table(layout, random);
			for (String form : List.of("tab", "markdown", "html")) {
				String text = render(layout, table, form, year);
				String flat = FlattenedTextTests.flatten(text);
				ParsedReport report = parser.parse(flat);
				String where = "seed " + seed + ", run " + run + ", form " + form + ": " + flat;
				assertThat(report.table().format()).as(where).isEqualTo(format);
				assertThat(report.year()).as(where).isEqualTo(year);
				assertThat(report.agency()).as(where).isEqualTo("临泽县自然资源局");
				for (ReportRow row : layout.rows()) {
					long[] truth = table.get(row.id());
					// section 四's fifteen cells run together as one: forced only when all of them are one digit
					String digits = row.section().equals("四")
							? layout.section("四").stream().map(r -> digits(table.get(r.id()))).reduce("", String::concat)
							: digits(truth);
					int cells = row.section().equals("四") ? 15 : truth.length;
					for (int c = 0; c < row.columns().size(); c++) {
						total++;
						BigDecimal actual = report.table().value(row.id(), row.columns().get(c));
						if (actual != null) {
							read++;
							assertThat(actual.longValueExact()).as(where + " / " + row.id() + "/" + row.columns().get(c))
									.isEqualTo(truth[c]);
						}
						else {
							assertThat(report.unread()).as(where).anyMatch(u -> u.row().equals(row.id()));
						}
						if (digits.length() == cells) {
							assertThat(actual).as(where + " / forced " + row.id()).isNotNull();
						}
					}
				}
			}
		}
		System.out.printf("flattened random %s tables (seed %d): %d of %d cells read%n", format.code(), seed, read, total);
	}

	/**
	 * The 2008 table (one value a row) flattened: each value runs into the next row's list number
	 * ({@code 件02.传真申请数件…}) or its bracketed note; every value must be read, and read right.
	 */
	@Test
	void flattenedRandom2008TablesReadEveryValue() {
		long seed = Long.getLong("sunshine.seed", System.nanoTime());
		Random random = new Random(seed);
		ReportLayout layout = ReportLayout.of(ReportFormat.ERA_2008);
		int read = 0;
		int total = 0;
		for (int run = 0; run < RUNS; run++) {
			Map<String, BigDecimal> table = new LinkedHashMap<>();
			for (ReportRow row : layout.rows()) {
				BigDecimal value = BigDecimal.valueOf(value(random));
				if (row.unit().equals("万元") && random.nextBoolean()) {
					value = BigDecimal.valueOf(random.nextInt(1000), 1 + random.nextInt(2));
				}
				table.put(row.id(), value);
			}
			for (String form : List.of("tab", "markdown", "html")) {
				List<List<String>> rows = new ArrayList<>();
				rows.add(List.of("统计指标", "单位", "统计数"));
				for (ReportRow row : layout.rows()) {
					String heading = HEADINGS_2008.get(row.id());
					if (heading != null) {
						rows.add(List.of(heading, "—", "—"));
					}
					rows.add(List.of(row.label(), row.unit(), table.get(row.id()).toPlainString()));
				}
				String text = "临泽县自然资源局2017年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
						+ "附件：临泽县自然资源局2017年度政府信息公开情况统计表\n" + table(rows, form) + "五、存在的主要问题及改进措施\n无。\n";
				String flat = FlattenedTextTests.flatten(text);
				ParsedReport report = parser.parse(flat);
				String where = "seed " + seed + ", run " + run + ", form " + form + ": " + flat;
				assertThat(report.table().format()).as(where).isEqualTo(ReportFormat.ERA_2008);
				for (ReportRow row : layout.rows()) {
					total++;
					BigDecimal actual = report.table().value(row.id(), ReportRow.VALUE);
					assertThat(actual).as(where + " / " + row.id()).isNotNull();
					assertThat(actual).as(where + " / " + row.id()).isEqualByComparingTo(table.get(row.id()));
					read++;
				}
			}
		}
		System.out.printf("flattened random 2008 tables (seed %d): %d of %d cells read%n", seed, read, total);
	}

	@Test
	void theIssuesExampleSplitsTheRowsTheRulesFixAndLeavesSectionTwoUnread() {
		ReportLayout layout = ReportLayout.of(ReportFormat.FORMAT_2021);
		Map<String, long[]> table = new LinkedHashMap<>();
		for (ReportRow row : layout.rows()) {
			table.put(row.id(), new long[row.columns().size()]);
		}
		table.put("2-1/行政规范性文件", new long[] { 12, 3, 140 });
		table.put("R1", new long[] { 17, 0, 0, 0, 0, 0, 17 });
		table.put("R2", new long[] { 5, 1, 0, 0, 0, 0, 6 });
		table.put("R7", new long[] { 22, 1, 0, 0, 0, 0, 23 });
		table.put("NEW", new long[] { 22, 1, 0, 0, 0, 0, 23 });

		ParsedReport report = parser.parse(FlattenedTextTests.flatten(render(layout, table, "html", 2023)));

		assertThat(report.table().value("R1", "自然人")).isEqualByComparingTo("17");
		assertThat(report.table().value("R1", "总计")).isEqualByComparingTo("17");
		assertThat(report.table().value("R2", "商业企业")).isEqualByComparingTo("1");
		assertThat(report.table().value("NEW", "总计")).isEqualByComparingTo("23");
		// 123140: 12 3 140, 1 23 140 or 12 31 40 — nothing in the table tells
		assertThat(report.table().value("2-1/行政规范性文件", "本年制发件数")).isNull();
		assertThat(report.unread()).anyMatch(u -> u.row().equals("2-1/行政规范性文件") && u.reason().equals("ambiguous"));
		assertThat(report.table().value("2-1/规章", "现行有效件数")).isEqualByComparingTo("0");
	}

	/** A value aimed at the edges: mostly 0, often one digit, sometimes two or three, now and then four. */
	private static long value(Random random) {
		int pick = random.nextInt(20);
		if (pick < 9) {
			return 0;
		}
		if (pick < 15) {
			return 1 + random.nextInt(9);
		}
		if (pick < 18) {
			return 10 + random.nextInt(90);
		}
		return pick < 19 ? 100 + random.nextInt(900) : 1000 + random.nextInt(9000);
	}

	static Map<String, long[]> table(ReportLayout layout, Random random) {
		Map<String, long[]> table = new LinkedHashMap<>();
		for (ReportRow row : layout.section("二")) {
			long[] cells = new long[row.columns().size()];
			for (int c = 0; c < cells.length; c++) {
				cells[c] = value(random);
				if (row.columns().get(c).equals("本年增/减") && random.nextInt(4) == 0) {
					cells[c] = -cells[c];
				}
			}
			table.put(row.id(), cells);
		}
		long[] r7 = new long[7];
		for (ReportRow row : layout.resultRows()) {
			long[] cells = applicants(random, random.nextInt(3) == 0);
			table.put(row.id(), cells);
			for (int c = 0; c < 7; c++) {
				r7[c] += cells[c];
			}
		}
		long[] out = applicants(random, random.nextBoolean());
		long[] in = new long[7];
		long[] fresh = new long[7];
		for (int c = 0; c < 6; c++) {
			in[c] = Math.min(value(random), r7[c] + out[c]);
			fresh[c] = r7[c] + out[c] - in[c];
			in[6] += in[c];
			fresh[6] += fresh[c];
		}
		table.put("NEW", fresh);
		table.put("CARRY_IN", in);
		table.put("R7", r7);
		table.put("CARRY_OUT", out);
		for (ReportRow row : layout.section("四")) {
			long[] cells = new long[5];
			for (int c = 0; c < 4; c++) {
				cells[c] = random.nextInt(3) == 0 ? value(random) : 0;
				cells[4] += cells[c];
			}
			table.put(row.id(), cells);
		}
		return table;
	}

	private static long[] applicants(Random random, boolean empty) {
		long[] cells = new long[7];
		for (int c = 0; c < 6 && !empty; c++) {
			cells[c] = c == 0 || random.nextInt(4) == 0 ? value(random) : 0;
			cells[6] += cells[c];
		}
		return cells;
	}

	private static String digits(long[] cells) {
		StringBuilder digits = new StringBuilder();
		for (long cell : cells) {
			digits.append(cell);
		}
		return digits.toString();
	}

	private static List<List<String>> section2Of2021(Map<String, long[]> table) {
		List<List<String>> rows2 = new ArrayList<>();
		rows2.add(List.of("第二十条第（一）项"));
		rows2.add(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
		row(rows2, "规章", table.get("2-1/规章"));
		row(rows2, "行政规范性文件", table.get("2-1/行政规范性文件"));
		rows2.add(List.of("第二十条第（五）项"));
		rows2.add(List.of("信息内容", "本年处理决定数量"));
		row(rows2, "行政许可", table.get("2-2/行政许可"));
		rows2.add(List.of("第二十条第（六）项"));
		rows2.add(List.of("信息内容", "本年处理决定数量"));
		row(rows2, "行政处罚", table.get("2-3/行政处罚"));
		row(rows2, "行政强制", table.get("2-3/行政强制"));
		rows2.add(List.of("第二十条第（八）项"));
		rows2.add(List.of("信息内容", "本年收费金额（单位：万元）"));
		row(rows2, "行政事业性收费", table.get("2-4/行政事业性收费"));
		return rows2;
	}

	/** Section 二 as 国办公开办函〔2019〕60号 prints it. */
	private static List<List<String>> section2Of2019(Map<String, long[]> table) {
		List<List<String>> rows2 = new ArrayList<>();
		rows2.add(List.of("第二十条第（一）项"));
		rows2.add(List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
		row(rows2, "规章", table.get("2-1/规章"));
		row(rows2, "规范性文件", table.get("2-1/规范性文件"));
		rows2.add(List.of("第二十条第（五）项"));
		rows2.add(List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
		row(rows2, "行政许可", table.get("2-2/行政许可"));
		row(rows2, "其他对外管理服务事项", table.get("2-2/其他对外管理服务事项"));
		rows2.add(List.of("第二十条第（六）项"));
		rows2.add(List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
		row(rows2, "行政处罚", table.get("2-3/行政处罚"));
		row(rows2, "行政强制", table.get("2-3/行政强制"));
		rows2.add(List.of("第二十条第（八）项"));
		rows2.add(List.of("信息内容", "上一年项目数量", "本年增/减"));
		row(rows2, "行政事业性收费", table.get("2-4/行政事业性收费"));
		rows2.add(List.of("第二十条第（九）项"));
		rows2.add(List.of("信息内容", "采购项目数量", "采购总金额"));
		row(rows2, "政府集中采购", table.get("2-5/政府集中采购"));
		return rows2;
	}

	/** The report as an agency publishes it: title, prose, the three tables in the official layout. */
	static String render(ReportLayout layout, Map<String, long[]> table, String form, int year) {
		List<List<String>> rows2 = layout.format() == ReportFormat.TRIAL_2019 ? section2Of2019(table) : section2Of2021(table);

		List<List<String>> rows3 = new ArrayList<>();
		rows3.add(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"));
		rows3.add(List.of("自然人", "法人或其他组织", "总计"));
		rows3.add(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
		String group = "";
		for (ReportRow row : layout.section("三")) {
			String label = row.label();
			if (!row.group().equals(group) && row.group().startsWith("（")) {
				label = row.group() + label;
			}
			if (row.id().equals("R1")) {
				label = "三、本年度办理结果" + label;
			}
			group = row.group();
			row(rows3, label, table.get(row.id()));
		}
		List<List<String>> rows4 = new ArrayList<>();
		rows4.add(List.of("行政复议", "行政诉讼"));
		rows4.add(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"));
		rows4.add(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
		List<String> values4 = new ArrayList<>();
		for (ReportRow row : layout.section("四")) {
			for (long v : table.get(row.id())) {
				values4.add(String.valueOf(v));
			}
		}
		rows4.add(values4);

		StringBuilder text = new StringBuilder();
		text.append("临泽县自然资源局" + year + "年政府信息公开工作年度报告\n");
		text.append("本报告根据《中华人民共和国政府信息公开条例》编制。本报告所列数据统计期限为" + year + "年1月1日至12月31日。\n");
		text.append("一、总体情况\n本机关认真做好政府信息公开工作。\n");
		text.append("二、主动公开政府信息情况\n").append(table(rows2, form));
		text.append("三、收到和处理政府信息公开申请情况\n").append(table(rows3, form));
		text.append("四、政府信息公开行政复议、行政诉讼情况\n").append(table(rows4, form));
		text.append("五、政府信息公开工作存在的主要问题及改进情况\n公开质量仍需提高。\n六、其他需要报告的事项\n无。\n");
		return text.toString();
	}

	private static void row(List<List<String>> rows, String label, long[] values) {
		List<String> row = new ArrayList<>();
		row.add(label);
		for (long v : values) {
			row.add(String.valueOf(v));
		}
		rows.add(row);
	}

	private static String table(List<List<String>> rows, String form) {
		StringBuilder text = new StringBuilder();
		if (form.equals("html")) {
			text.append("<table>");
			for (List<String> row : rows) {
				text.append("<tr>");
				row.forEach(cell -> text.append("<td>").append(cell).append("</td>"));
				text.append("</tr>\n");
			}
			return text.append("</table>\n").toString();
		}
		for (List<String> row : rows) {
			text.append(form.equals("tab") ? String.join("\t", row) : "| " + String.join(" | ", row) + " |").append('\n');
		}
		return text.toString();
	}
}
