package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.StaffUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import sunshine.reporting.Fixtures;

/** The console page: upload several reports, see each table beside its findings, decide, export to Excel. */
@SunshineIntegrationTest
class ReportImportConsoleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	StaffUser reporter() {
		return (StaffUser) users.loadUserByUsername("reporter");
	}

	@Test
	void importsSeveralFilesAndShowsEachTableBesideItsFindings() throws Exception {
		MockHttpServletResponse upload = mvc.perform(multipart("/console/reports/import")
				.file(new MockMultipartFile("files", "nxxf-2017.txt", "text/plain", Fixtures.text(Fixtures.SEED).getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("files", "hongze-2023.txt", "text/plain",
						Fixtures.text("005-hongze-quzhengfu-2023").getBytes(StandardCharsets.UTF_8)))
				.param("text", "").with(user(reporter())).with(csrf())).andReturn().getResponse();

		assertThat(upload.getStatus()).isEqualTo(302);
		String location = upload.getRedirectedUrl();
		assertThat(location).matches("/console/reports/import\\?done=\\d+,\\d+");

		String page = mvc.perform(get(location).with(user(reporter()))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("nxxf-2017.txt", "hongze-2023.txt", "自治区信访局", "洪泽区人民政府",
				"2.政府网站公开政府信息数", "正文分项之和与总数不符", "复议诉讼总计与各结果之和不符", "新旧格式混用", "upload-progress",
				"report-side-by-side", "/js/reporting-import.js");
		assertThat(page).doesNotContain("style=", "<script>", "PROSE.PARTS_SUM", "T4.GROUP_TOTAL");
	}

	@Test
	void keepsWhatWasTypedWhenNothingCanBeImported() throws Exception {
		String page = mvc.perform(multipart("/console/reports/import").param("text", "   ").param("name", "我的报告")
				.with(user(reporter())).with(csrf())).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("报告正文：请上传文件或粘贴报告全文", "value=\"我的报告\"");
	}

	@Test
	void aDecisionPressedTwiceOrOnAFindingDecidedMeanwhileShowsTheCurrentStateNotAnError() throws Exception {
		String location = mvc.perform(multipart("/console/reports/import").param("text", Fixtures.text(Fixtures.SEED))
				.param("name", "两次确认").with(user(reporter())).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		long importId = Long.parseLong(location.replaceAll(".*done=", ""));
		long findingId = jdbc.sql("select id from report_finding where import_id = ? and rule_id = 'PROSE.PARTS_SUM'")
				.param(importId).query(Long.class).single();
		String base = "/console/reports/imports/" + importId + "/findings/" + findingId;

		assertThat(mvc.perform(post(base + "/confirm").with(user(reporter())).with(csrf())).andReturn().getResponse()
				.getStatus()).isEqualTo(302);
		for (String second : new String[] { "/confirm", "/dismiss" }) {
			MockHttpServletResponse again = mvc.perform(post(base + second).param("reason", "重复提交")
					.with(user(reporter())).with(csrf())).andReturn().getResponse();
			assertThat(again.getStatus()).as(second).isEqualTo(200);
			assertThat(again.getContentAsString()).as(second).contains("这条发现的状态已经改变");
			assertThat(status(findingId)).isEqualTo("CONFIRMED");
		}
		assertThat(mvc.perform(post(base + "/reopen").with(user(reporter())).with(csrf())).andReturn().getResponse()
				.getStatus()).isEqualTo(302);
		MockHttpServletResponse reopenedTwice = mvc.perform(post(base + "/reopen").with(user(reporter())).with(csrf()))
				.andReturn().getResponse();
		assertThat(reopenedTwice.getStatus()).isEqualTo(200);
		assertThat(reopenedTwice.getContentAsString()).contains("这条发现的状态已经改变");
		assertThat(status(findingId)).isEqualTo("OPEN");
	}

	@Test
	void dismissesAFindingOnlyWithAReasonAndExportsTheDecisionToExcel() throws Exception {
		String location = mvc.perform(multipart("/console/reports/import").param("text", Fixtures.text(Fixtures.SEED))
				.param("name", "粘贴的年报").with(user(reporter())).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		long importId = Long.parseLong(location.replaceAll(".*done=", ""));
		long findingId = jdbc.sql("select id from report_finding where import_id = ? and rule_id = 'PROSE.PARTS_SUM'")
				.param(importId).query(Long.class).single();
		String base = "/console/reports/imports/" + importId + "/findings/" + findingId;

		String refused = mvc.perform(post(base + "/dismiss").param("reason", "").with(user(reporter())).with(csrf()))
				.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("不予采纳的理由：请填写理由");
		assertThat(status(findingId)).isEqualTo("OPEN");

		MockHttpServletResponse dismissed = mvc.perform(post(base + "/dismiss").param("reason", "新闻类含政策解读，重复计数")
				.with(user(reporter())).with(csrf())).andReturn().getResponse();
		assertThat(dismissed.getRedirectedUrl()).isEqualTo("/console/reports/imports/" + importId + "#finding-" + findingId);
		assertThat(status(findingId)).isEqualTo("DISMISSED");

		String detail = mvc.perform(get("/console/reports/imports/" + importId).with(user(reporter()))).andReturn().getResponse()
				.getContentAsString();
		assertThat(detail).contains("新闻类含政策解读，重复计数", "撤销处理");

		MockHttpServletResponse excel = mvc.perform(get("/console/reports/findings.xlsx").with(user(reporter()))).andReturn()
				.getResponse();
		assertThat(excel.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheet("核查发现");
			assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("规则");
			Row row = null;
			for (Row candidate : sheet) {
				if (candidate.getRowNum() > 0 && (long) candidate.getCell(0).getNumericCellValue() == importId
						&& candidate.getCell(5).getStringCellValue().equals("PROSE.PARTS_SUM")) {
					row = candidate;
				}
			}
			assertThat(row).isNotNull();
			assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(672.0);
			assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(682.0);
			assertThat(row.getCell(13).getStringCellValue()).isEqualTo("不予采纳");
			assertThat(row.getCell(14).getStringCellValue()).isEqualTo("新闻类含政策解读，重复计数");
		}
	}

	@Test
	void aBatchOfManyReportsRunsInTheBackgroundWithItsProgressAndEndsInOneSummaryExportableToExcel() throws Exception {
		java.util.List<String> names = new java.util.ArrayList<>(Fixtures.PUBLISHED);
		java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(zipped, StandardCharsets.UTF_8)) {
			for (String name : names) {
				zip.putNextEntry(new java.util.zip.ZipEntry("年报/" + name + ".txt"));
				zip.write(Fixtures.text(name).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new java.util.zip.ZipEntry("年报/扫描件.jpg"));
			zip.write(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff });
			zip.closeEntry();
		}
		// the seed and one published report pasted one after the other, flattened onto one line each
		String pasted = FlattenedTextTests.flatten(Fixtures.text(Fixtures.SEED)) + "\n"
				+ FlattenedTextTests.flatten(Fixtures.text("005-hongze-quzhengfu-2023"));

		MockHttpServletResponse upload = mvc.perform(multipart("/console/reports/import")
				.file(new MockMultipartFile("files", "各地年报.zip", "application/zip", zipped.toByteArray()))
				.param("text", pasted).param("name", "粘贴的两份").with(user(reporter())).with(csrf())).andReturn().getResponse();

		assertThat(upload.getStatus()).isEqualTo(302);
		assertThat(upload.getRedirectedUrl()).matches("/console/reports/import/batches/\\d+");
		String batchPage = upload.getRedirectedUrl();
		long batchId = Long.parseLong(batchPage.replaceAll(".*/", ""));
		String progress = "";
		for (int i = 0; i < 600 && !progress.contains("\"finished\":true"); i++) {
			progress = mvc.perform(get(batchPage + "/progress").with(user(reporter()))).andReturn().getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
			Thread.sleep(200);
		}
		assertThat(progress).contains("\"finished\":true", "\"done\":8", "\"total\":8", "\"percent\":100");

		String page = mvc.perform(get(batchPage).with(user(reporter()))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("导入完成：8 份报告，其中 0 份未能导入", "id=\"batch-bar\"", "各地年报.zip/年报/扫描件.jpg",
				"不支持的文件类型", "粘贴的两份 #1", "粘贴的两份 #2", "自治区信访局", "洪泽区人民政府", "淮安市人民政府",
				"2021 年版（国办公开办函〔2021〕30号）", "2008 年版（国办发〔2014〕32号统计表）");
		assertThat(page).doesNotContain("style=", "<script>", "FORMAT_2021", "reporting.batch");

		// each row says what the parser, run here on the same text, reads and leaves unread
		var parser = new PublishedReportParser();
		for (String name : names) {
			ParsedReport alone = parser.parse(Fixtures.text(name));
			var row = jdbc.sql("select cell_count, unread_count, reporting_year, report_agency from report_import where batch_id = :b and source_name = :n")
					.param("b", batchId).param("n", "各地年报.zip/年报/" + name + ".txt")
					.query((rs, n) -> new Object[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4) }).single();
			assertThat(row).as(name).containsExactly(alone.table().reportedCells(), alone.unread().size(), alone.year(), alone.agency());
		}

		MockHttpServletResponse excel = mvc.perform(get(batchPage + ".xlsx").with(user(reporter()))).andReturn().getResponse();
		assertThat(excel.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.getContentAsByteArray()))) {
			Sheet summary = workbook.getSheet("批量导入汇总");
			assertThat(summary.getLastRowNum()).isEqualTo(8);
			java.util.Set<String> agencies = new java.util.HashSet<>();
			for (Row row : summary) {
				if (row.getRowNum() > 0) {
					agencies.add(row.getCell(2).getStringCellValue());
					assertThat(row.getCell(4).getStringCellValue()).as("format in words").contains("年版");
				}
			}
			assertThat(agencies).contains("自治区信访局", "洪泽区人民政府", "淮安市人民政府");
			Sheet skipped = workbook.getSheet("未导入");
			assertThat(skipped.getRow(1).getCell(0).getStringCellValue()).isEqualTo("各地年报.zip/年报/扫描件.jpg");
			assertThat(skipped.getRow(1).getCell(1).getStringCellValue()).startsWith("不支持的文件类型");
		}
	}

	@Test
	void anUploadWithNothingReadableSaysWhyForEachFile() throws Exception {
		String page = mvc.perform(multipart("/console/reports/import")
				.file(new MockMultipartFile("files", "年报.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
				.param("text", "").with(user(reporter())).with(csrf())).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("上传的文件中没有可导入的报告", "年报.pdf", "不支持的文件类型");
	}

	private String status(long findingId) {
		return jdbc.sql("select status from report_finding where id = ?").param(findingId).query(String.class).single();
	}
}
