package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import sunshine.reporting.imports.Finding.Severity;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportTable;
import sunshine.reporting.Fixtures;

/**
 * The eras the fixtures do not cover: a 2019 trial-format report laid out as PDF text, and the 2008
 * seed table as a web page and as flattened text. The figures of the 2019 report were made up by hand so
 * that its table balances; its prose says 办结 40 where the table has 43.
 */
class OtherEraFormsTests {

	static final String TRIAL_2019 = """
			某县人民政府办公室
			      2019 年政府信息公开工作年度报告
			  一、总体情况
			  2019 年，本机关共收到政府信息公开申请 43 件，办结 40 件，结转下年度 3 件。
			  二、主动公开政府信息情况
			              第二十条第（一）项
			       信息内容      本年新制作数量    本年新公开数量    对外公开总数量
			规章                  0              0             0
			规范性文件             5              5             37
			              第二十条第（五）项
			       信息内容      上一年项目数量    本年增/减    处理决定数量
			行政许可               120            -3            4562
			其他对外管理服务事项     15             0             230
			                                   -2-
			\f              第二十条第（六）项
			       信息内容      上一年项目数量    本年增/减    处理决定数量
			行政处罚               210            6             1380
			行政强制               12             0             45
			              第二十条第（八）项
			       信息内容      上一年项目数量    本年增/减
			行政事业性收费          8              -1
			              第二十条第（九）项
			       信息内容      采购项目数量      采购总金额
			政府集中采购            26             1520.6
			  三、收到和处理政府信息公开申请情况
			（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
			                    自然人   商业企业  科研机构  社会公益组织  法律服务机构  其他   总计
			一、本年新收政府信息公开申请数量      40    2    0    0    1    0    43
			二、上年结转政府信息公开申请数量      3     0    0    0    0    0    3
			     （一）予以公开                 20    1    0    0    1    0    22
			     （二）部分公开（区分处理的，只计这一情
			                                   5     0    0    0    0    0    5
			     形，不计其他情形）
			三、         1.属于国家秘密          0     0    0    0    0    0    0
			本           2.其他法律行政法规禁止公开 0     0    0    0    0    0    0
			年           3.危及“三安全一稳定”     1     0    0    0    0    0    1
			度 （三）不   4.保护第三方合法权益      0     0    0    0    0    0    0
			办 予公开     5.属于三类内部事务信息     0     0    0    0    0    0    0
			理           6.属于四类过程性信息      0     0    0    0    0    0    0
			结           7.属于行政执法案卷        0     0    0    0    0    0    0
			果           8.属于行政查询事项        0     0    0    0    0    0    0
			   （四）无   1.本机关不掌握相关政府信息  8     1    0    0    0    0    9
			   法提供     2.没有现成信息需要另行制作  1     0    0    0    0    0    1
			             3.补正后申请内容仍不明确    0     0    0    0    0    0    0
			   （五）不   1.信访举报投诉类申请       2     0    0    0    0    0    2
			   予处理     2.重复申请               1     0    0    0    0    0    1
			             3.要求提供公开出版物       0     0    0    0    0    0    0
			             4.无正当理由大量反复申请    0     0    0    0    0    0    0
			             5.要求行政机关确认或重新出具已获取信息  0   0   0   0   0   0   0
			     （六）其他处理                 2     0    0    0    0    0    2
			     （七）总计                     40    2    0    0    1    0    43
			四、结转下年度继续办理               3     0    0    0    0    0    3
			  四、政府信息公开行政复议、行政诉讼情况
			      行政复议                          行政诉讼
			                          未经复议直接起诉            复议后起诉
			结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计
			2    0    1    0    3    1    0    0    1    2    0    0    0    0    0
			  五、存在的主要问题及改进情况
			  无。
			""";

	final PublishedReportParser parser = new PublishedReportParser();

	@Test
	void readsA2019TrialFormatReportWithItsOwnSectionTwoAndTheSingleOtherProcessingRow() {
		ReportCheck check = ReportCheck.of(TRIAL_2019);
		ReportTable table = check.report().table();

		assertThat(check.report().year()).isEqualTo(2019);
		assertThat(check.report().agency()).isEqualTo("某县人民政府办公室");
		assertThat(table.format()).isEqualTo(ReportFormat.TRIAL_2019);
		assertThat(table.layout().row("R6")).isPresent();
		assertThat(check.report().unread()).isEmpty();
		assertThat(table.value("2-1/规范性文件", "对外公开总数量")).isEqualByComparingTo("37");
		assertThat(table.value("2-2/行政许可", "本年增/减")).isEqualByComparingTo("-3");
		assertThat(table.value("2-2/其他对外管理服务事项", "处理决定数量")).isEqualByComparingTo("230");
		assertThat(table.value("2-4/行政事业性收费", "本年增/减")).isEqualByComparingTo("-1");
		assertThat(table.value("2-5/政府集中采购", "采购总金额")).isEqualByComparingTo("1520.6");
		assertThat(table.value("R2", "总计")).isEqualByComparingTo("5");
		assertThat(table.value("R3_3", "自然人")).isEqualByComparingTo("1");
		assertThat(table.value("R4_1", "商业企业")).isEqualByComparingTo("1");
		assertThat(table.value("R6", "总计")).isEqualByComparingTo("2");
		assertThat(table.value("CARRY_OUT", "自然人")).isEqualByComparingTo("3");
		assertThat(table.value("LITIGATION_DIRECT", "尚未审结")).isEqualByComparingTo("1");
		// the table balances; the prose's 办结 40 does not match （七）总计 43, its 收到 43 and 结转 3 do
		assertThat(check.findings()).extracting(Finding::rule, Finding::severity, Finding::rows, Finding::tableValue,
				Finding::otherValue).containsExactly(tuple("PROSE.TABLE_MISMATCH", Severity.WARNING, List.of("R7"), 43, 40));
	}

	@Test
	void readsTheSeedTableFromAWebPage() {
		StringBuilder html = new StringBuilder("<html><body>");
		boolean table = false;
		for (String line : Fixtures.text(Fixtures.SEED).split("\n")) {
			if (line.contains("\t")) {
				if (!table) {
					html.append("<table>");
					table = true;
				}
				html.append("<tr>");
				for (String cell : line.split("\t")) {
					html.append("<td>").append(cell.isBlank() ? "&nbsp;" : cell).append("</td>");
				}
				html.append("</tr>");
			}
			else if (!line.isBlank()) {
				html.append("<p>").append(line.replace("<b>", "").replace("</b>", "")).append("</p>");
			}
		}
		html.append(table ? "</table>" : "").append("</body></html>");

		ReportCheck check = ReportCheck.of(html.toString());

		assertThat(check.report().table().format()).isEqualTo(ReportFormat.ERA_2008);
		assertThat(check.report().table().reportedCells()).isEqualTo(58);
		assertThat(check.findings()).extracting(Finding::rule, Finding::otherValue).containsExactlyInAnyOrder(
				tuple("PROSE.TABLE_MISMATCH", 672), tuple("PROSE.PARTS_SUM", 682), tuple("PROSE.TABLE_MISMATCH", 62));
	}

	@Test
	void readsTheSeedTableFlattenedIntoRunsOfText() {
		String flat = Fixtures.text(Fixtures.SEED).replace("\t", "");

		ParsedReport report = parser.parse(flat);

		assertThat(report.table().reportedCells()).isEqualTo(58);
		assertThat(report.table().value("S1_1")).isEqualByComparingTo("672");
		assertThat(report.table().value("S2_2_2a")).isEqualByComparingTo("0");
		assertThat(report.table().value("S8_4")).isEqualByComparingTo("1");
		assertThat(report.table().value("S9_3")).isEqualByComparingTo("8");
	}
}
