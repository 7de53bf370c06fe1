package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportTable;

/** Agency, era and the blank 总计 as reports arrive from the web (issue 14); expected values worked by hand. */
class WebFormsTests {

	final PublishedReportParser parser = new PublishedReportParser();

	@Test
	void theAgencyComesFromTheTitleNotFromTheFirstSentenceOfTheBody() {
		String text = "本报告根据《中华人民共和国政府信息公开条例》要求编制，数据统计期限为2023年1月1日至12月31日。"
				+ "临泽县自然资源局2023年政府信息公开工作年度报告一、总体情况本局认真做好公开工作。";
		ParsedReport report = parser.parse(text);
		assertThat(report.agency()).isEqualTo("临泽县自然资源局");
	}

	@Test
	void aReportOfTheOldYearsIsReadInTheEraOf2008() {
		String text = "某县人民政府2017年政府信息公开工作年度报告\n一、概述\n本年度主动公开政府信息1234条。\n";
		assertThat(parser.parse(text).table().format()).isEqualTo(ReportFormat.ERA_2008);
		String trial = "某县人民政府2019年政府信息公开工作年度报告\n一、总体情况\n";
		assertThat(parser.parse(trial).table().format()).isEqualTo(ReportFormat.TRIAL_2019);
	}

	@Test
	void aBlankTotalWhosePartsAreNotZeroIsAnErrorThatSaysWhereToLook() {
		ReportTable table = new ReportTable(ReportLayout.of(ReportFormat.FORMAT_2021));
		List<String> parts = ReportLayout.APPLICANT_COLUMNS.subList(0, 6);
		for (String column : parts) {
			table.put("R1", column, column.equals("自然人") ? BigDecimal.valueOf(17) : BigDecimal.ZERO);
		}
		List<Finding> findings = new ReportLinter().lint(table);
		assertThat(findings).anyMatch(f -> f.rule().equals("T3.ROW_TOTAL") && f.severity() == Finding.Severity.ERROR
				&& f.message().contains("总计未填写") && f.message().contains("请核对表三第（一）项“总计”列"));
	}

	@Test
	void aBlankTotalWithBlankOrZeroPartsIsNoError() {
		ReportTable table = new ReportTable(ReportLayout.of(ReportFormat.FORMAT_2021));
		for (String column : ReportLayout.APPLICANT_COLUMNS.subList(0, 6)) {
			table.put("R1", column, BigDecimal.ZERO);
		}
		assertThat(new ReportLinter().lint(table)).noneMatch(f -> f.rows().contains("R1") && f.severity() == Finding.Severity.ERROR);
	}
}
