package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import sunshine.reporting.Fixtures;
import sunshine.reporting.table.ReportRow;

/**
 * The same published table in the forms the fixtures do not have: an HTML page (rowspan, colspan,
 * {@code &nbsp;}) and flattened web text whose cells ran together. The parser reads each cell right or
 * says it could not — it never returns a wrong number.
 */
class ReportTextFormsTests {

	final PublishedReportParser parser = new PublishedReportParser();

	@Test
	void readsAnHtmlPageWithMergedCellsAndNonBreakingSpaces() {
		JsonNode expected = Fixtures.expected("004-huaian-shizhengfu-2024");
		String html = html(expected, "淮安市人民政府2024年政府信息公开工作年度报告");

		ParsedReport report = parser.parse(html);

		assertThat(report.year()).isEqualTo(2024);
		assertThat(report.agency()).isEqualTo("淮安市人民政府");
		assertThat(wrongCells(expected, report)).isEmpty();
		// &nbsp; in the 法律服务机构 cell of 上年结转: blank, not 0, and said so
		assertThat(report.table().value("CARRY_IN", "法律服务机构")).isNull();
		assertThat(report.unread()).extracting(ParsedReport.UnreadCell::row, ParsedReport.UnreadCell::column,
				ParsedReport.UnreadCell::reason).containsExactly(org.assertj.core.groups.Tuple.tuple("CARRY_IN", "法律服务机构", "blank"));
	}

	@Test
	void splitsCellsThatRanTogetherByTheTablesArithmetic() {
		JsonNode expected = Fixtures.expected("007-shuyang-xianzhengfu-2025");
		String flat = flattened(expected, "沭阳县人民政府2025年政府信息公开工作年度报告");

		ParsedReport report = parser.parse(flat);

		assertThat(wrongCells(expected, report)).isEmpty();
		// 一、本年新收: "70530050713" can only be 705 3 0 0 5 0 713 (the six add up to the seventh)
		assertThat(report.table().value("NEW", "自然人")).isEqualByComparingTo("705");
		assertThat(report.table().value("NEW", "总计")).isEqualByComparingTo("713");
		// section 四: 27 10 9 15 61 | 3 0 0 0 3 | 8 0 1 1 10 from one run of digits
		assertThat(report.table().value("REVIEW", "总计")).isEqualByComparingTo("61");
		assertThat(report.table().value("LITIGATION_AFTER_REVIEW", "总计")).isEqualByComparingTo("10");
		// 规章 "000" is three zeros; nothing else could be meant
		assertThat(report.table().value("2-1/规章", "本年废止件数")).isEqualByComparingTo("0");
		// genuinely ambiguous runs stay unread: 行政规范性文件 "6132"; （二）部分公开 "9900020101" is
		// 99 0 0 0 2 0 101 or 9 90 0 0 2 0 101; 本机关不掌握 "11100000111" is 111 0 0 0 0 0 111 or 1 110 0 0 0 0 111
		assertThat(report.unread()).allMatch(u -> u.reason().equals("ambiguous"));
		assertThat(report.unread()).extracting(ParsedReport.UnreadCell::row).containsOnly("2-1/行政规范性文件", "R2", "R4_1");
		assertThat(report.table().reportedCells()).isEqualTo(200 - 3 - 7 - 7);
	}

	@Test
	void readsAWebTableCopiedWithEveryCellOnALineOfItsOwn() {
		JsonNode expected = Fixtures.expected("007-shuyang-xianzhengfu-2025");
		// the page copied another way: each cell on its own line, a blank line after each label
		String cells = cellPerLine(expected, "沭阳县人民政府2025年政府信息公开工作年度报告");

		ParsedReport report = parser.parse(cells);

		assertThat(wrongCells(expected, report)).isEmpty();
		assertThat(report.unread()).isEmpty();
		assertThat(report.table().value("R6_3", "总计")).isEqualByComparingTo("143");
		assertThat(report.table().value("2-4/行政事业性收费", "本年收费金额（单位：万元）")).isEqualByComparingTo("4068.208");
	}

	@Test
	void readsTheSeedTableWithEveryCellOnALineOfItsOwn() {
		String text = Fixtures.text(Fixtures.SEED).replace("\t", "\n");

		ParsedReport report = parser.parse(text);

		assertThat(report.table().reportedCells()).isEqualTo(58);
		assertThat(report.table().value("S1_2_5")).isEqualByComparingTo("178");
		assertThat(report.table().value("S9_3")).isEqualByComparingTo("8");
	}

	@Test
	void leavesAnAmbiguousRunUnread() {
		// 2-1 行政规范性文件 "6132" could be 6|1|32, 6|13|2 or 61|3|2: no rule decides
		String flat = "某县人民政府2025年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容本年制发件数本年废止件数现行有效件数\n"
				+ "规章000\n行政规范性文件6132\n";

		ParsedReport report = parser.parse(flat);

		assertThat(report.table().value("2-1/行政规范性文件", "本年制发件数")).isNull();
		assertThat(report.unread()).anyMatch(u -> u.row().equals("2-1/行政规范性文件") && u.reason().equals("ambiguous"));
	}

	static final String NOISE = "0123456789 |\t\n\f一二三四五六七八九十、（）()合计总计本年新收上年结转第二十条项规章行政复议诉讼<td><tr>&nbsp;。，%-—.";

	@Test
	void readsFromTextThatIsNoReportOnlyNumbersTheTextContains() {
		// Never a wrong number: whatever the parser takes from noise, or from a published report cut up and
		// strewn with noise, is a number written there. Noise alone rarely yields a number, so most cases
		// start from a real report: numbers must be read in the run, each one checked.
		int[] read = new int[1];
		sunshine.Property.forAll(300, gen -> {
			String text;
			if (gen.oneIn(4)) {
				text = gen.string(NOISE, gen.between(0, 600));
			}
			else {
				StringBuilder cut = new StringBuilder(Fixtures.text(gen.oneOf(Fixtures.PUBLISHED)));
				for (int change = gen.between(1, 20); change > 0; change--) {
					int at = gen.between(0, cut.length());
					if (gen.bool() && at < cut.length()) {
						cut.delete(at, Math.min(cut.length(), at + gen.between(1, 200)));
					}
					else {
						cut.insert(at, gen.string(NOISE, gen.between(1, 30)));
					}
				}
				text = cut.toString();
			}
			ParsedReport report = parser.parse(text);
			String written = text.replaceAll("\\s", "");
			for (ReportRow row : report.table().layout().rows()) {
				for (String column : row.columns()) {
					BigDecimal value = report.table().value(row.id(), column);
					if (value != null) {
						assertThat(written).as("%s / %s = %s read", row.id(), column, value)
								.contains(value.stripTrailingZeros().toPlainString());
						read[0]++;
					}
				}
			}
			assertThat(new ReportLinter().lint(report.table())).isNotNull();
			assertThat(new ProseChecker().check(report.table(), report.prose())).isNotNull();
		});
		assertThat(read[0]).as("numbers read, each checked").isPositive();
	}

	@Test
	void readsNoNumberFromTextWithoutDigits() {
		sunshine.Property.forAll(300, gen -> {
			String text = gen.string(NOISE.replaceAll("[0-9]", ""), gen.between(0, 600));
			assertThat(parser.parse(text).table().reportedCells()).as(text).isZero();
		});
		assertThat(parser.parse("").table().reportedCells()).isZero();
	}

	private static List<String> wrongCells(JsonNode expected, ParsedReport report) {
		List<String> wrong = new ArrayList<>();
		for (Fixtures.ExpectedCell cell : Fixtures.expectedCells(expected, report.table().layout())) {
			BigDecimal actual = report.table().value(cell.row(), cell.column());
			if (actual != null && (cell.value() == null || actual.compareTo(cell.value()) != 0)) {
				wrong.add(cell.row() + "/" + cell.column() + ": " + cell.value() + " read as " + actual);
			}
			if (actual == null && cell.value() != null && report.unread().stream()
					.noneMatch(u -> u.row().equals(cell.row()) && u.column().equals(cell.column()))) {
				wrong.add(cell.row() + "/" + cell.column() + ": neither read nor listed as unread");
			}
		}
		return wrong;
	}

	/** A web page as agencies publish it: tables with merged header and group cells. */
	static String html(JsonNode expected, String title) {
		StringBuilder html = new StringBuilder("<html><head><title>" + title + "</title><style>td{}</style></head><body>");
		html.append("<h1>").append(title).append("</h1><p>一、总体情况</p><p>2024年，全市工作有序。</p>");
		html.append("<p>二、主动公开政府信息情况</p>");
		JsonNode section2 = expected.get("table").get("二、主动公开政府信息情况");
		for (Map.Entry<String, JsonNode> item : section2.properties()) {
			html.append("<table border=1><tr><td colspan=4>").append(item.getKey()).append("</td></tr><tr><td>信息内容</td>");
			JsonNode first = item.getValue().properties().iterator().next().getValue();
			first.properties().forEach(c -> html.append("<td>").append(c.getKey()).append("</td>"));
			html.append("</tr>");
			for (Map.Entry<String, JsonNode> row : item.getValue().properties()) {
				html.append("<tr><td>").append(row.getKey()).append("</td>");
				row.getValue().properties().forEach(c -> html.append("<td>").append(c.getValue().asString()).append("</td>"));
				html.append("</tr>");
			}
			html.append("</table>");
		}
		html.append("<p>三、收到和处理政府信息公开申请情况</p><table border=1>");
		html.append("<tr><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
				+ "<td colspan=7>申请人情况</td></tr><tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>"
				+ "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>");
		JsonNode section3 = expected.get("table").get("三、收到和处理政府信息公开申请情况");
		String group = "";
		boolean firstResult = true;
		for (Map.Entry<String, JsonNode> row : section3.properties()) {
			String[] path = row.getKey().split("/");
			html.append("<tr>");
			if (path.length == 1) {
				html.append("<td colspan=3>").append(path[0]).append("</td>");
			}
			else {
				if (firstResult) {
					html.append("<td rowspan=22>").append(path[0]).append("</td>");
					firstResult = false;
				}
				if (path.length == 2) {
					html.append("<td colspan=2>").append(path[1]).append("</td>");
				}
				else {
					if (!path[1].equals(group)) {
						html.append("<td rowspan=3>").append(path[1]).append("</td>");
						group = path[1];
					}
					html.append("<td>").append(path[2]).append("</td>");
				}
			}
			for (Map.Entry<String, JsonNode> cell : row.getValue().properties()) {
				boolean blank = path[0].startsWith("二、") && cell.getKey().equals("法律服务机构");
				html.append("<td>").append(blank ? "&nbsp;" : cell.getValue().asString()).append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table border=1>");
		html.append("<tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>"
				+ "<tr><td rowspan=2>结果维持</td><td rowspan=2>结果纠正</td><td rowspan=2>其他结果</td><td rowspan=2>尚未审结</td>"
				+ "<td rowspan=2>总计</td><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr><tr>");
		for (int i = 0; i < 2; i++) {
			html.append("<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>");
		}
		html.append("</tr><tr>");
		for (Map.Entry<String, JsonNode> group4 : expected.get("table").get("四、政府信息公开行政复议、行政诉讼情况").properties()) {
			group4.getValue().properties().forEach(c -> html.append("<td>").append(c.getValue().asString()).append("</td>"));
		}
		html.append("</tr></table><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>");
		return html.toString();
	}

	/** A web page copied as text with every table cell on a line of its own. */
	private static String cellPerLine(JsonNode expected, String title) {
		StringBuilder text = new StringBuilder(title).append("\n一、总体情况\n全年工作有序。\n二、主动公开政府信息情况\n");
		for (Map.Entry<String, JsonNode> item : expected.get("table").get("二、主动公开政府信息情况").properties()) {
			text.append(item.getKey()).append("\n信息内容\n");
			for (Map.Entry<String, JsonNode> row : item.getValue().properties()) {
				text.append(row.getKey()).append('\n');
				row.getValue().properties().forEach(c -> text.append(c.getValue().asString()).append('\n'));
			}
		}
		text.append("三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n自然人\n法人或其他组织\n总计\n");
		for (Map.Entry<String, JsonNode> row : expected.get("table").get("三、收到和处理政府信息公开申请情况").properties()) {
			String[] path = row.getKey().split("/");
			text.append(path[path.length - 1]).append("\n\n");
			row.getValue().properties().forEach(c -> text.append(c.getValue().asString()).append('\n'));
		}
		text.append("四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n");
		for (Map.Entry<String, JsonNode> group : expected.get("table").get("四、政府信息公开行政复议、行政诉讼情况").properties()) {
			group.getValue().properties().forEach(c -> text.append(c.getValue().asString()).append('\n'));
		}
		text.append("五、存在的主要问题及改进情况\n无。\n");
		return text.toString();
	}

	/** Web text flattened by copy and paste: each row's label and its cells in one run, no separators. */
	private static String flattened(JsonNode expected, String title) {
		StringBuilder text = new StringBuilder(title).append("\n一、总体情况\n全年工作有序。\n二、主动公开政府信息情况\n");
		JsonNode section2 = expected.get("table").get("二、主动公开政府信息情况");
		for (Map.Entry<String, JsonNode> item : section2.properties()) {
			text.append(item.getKey()).append("\n信息内容");
			JsonNode first = item.getValue().properties().iterator().next().getValue();
			first.properties().forEach(c -> text.append(c.getKey()));
			text.append('\n');
			for (Map.Entry<String, JsonNode> row : item.getValue().properties()) {
				text.append(row.getKey());
				row.getValue().properties().forEach(c -> text.append(c.getValue().asString()));
				text.append('\n');
			}
		}
		text.append("三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他\n");
		for (Map.Entry<String, JsonNode> row : expected.get("table").get("三、收到和处理政府信息公开申请情况").properties()) {
			String[] path = row.getKey().split("/");
			text.append(path[path.length - 1]);
			row.getValue().properties().forEach(c -> text.append(c.getValue().asString()));
			text.append('\n');
		}
		text.append("四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计\n");
		for (Map.Entry<String, JsonNode> group : expected.get("table").get("四、政府信息公开行政复议、行政诉讼情况").properties()) {
			group.getValue().properties().forEach(c -> text.append(c.getValue().asString()));
		}
		text.append("\n五、存在的主要问题及改进情况\n无。\n");
		return text.toString();
	}
}
