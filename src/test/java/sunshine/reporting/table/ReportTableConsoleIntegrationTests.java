package sunshine.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.StaffUser;
import sunshine.reporting.imports.ImportComparisons;
import sunshine.reporting.imports.ImportedReport;
import sunshine.reporting.imports.ReportImports;
import sunshine.reporting.Fixtures;

/** The console of computed tables: a table whose cells drill down, the agencies compared, an import compared. */
@SunshineIntegrationTest
class ReportTableConsoleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportImports imports;

	@Autowired
	ImportComparisons comparisons;

	StaffUser staff(String name) {
		return (StaffUser) users.loadUserByUsername(name);
	}

	String page(String path, String who) throws Exception {
		var response = mvc.perform(get(path).with(user(staff(who)))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void theTablePageLinksEveryCellToTheRecordsBehindIt() throws Exception {
		String table = page("/console/reporting/640000-xfj/2017", "reporter");
		assertThat(table).contains("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", ">672</a>",
				"/console/reporting/640000-xfj/2017/cells/S1_2_4?column=value");
		assertThat(table).doesNotContain("style=", "<script>");

		String cell = page("/console/reporting/640000-xfj/2017/cells/S1_2_4?column=value", "reporter");
		// the seed: 452 items on the WeChat channel, each one record row
		assertThat(cell.split("class=\"cell-record\"", -1)).hasSize(452 + 1);
		assertThat(cell).contains("主动公开信息 第 ", "政务微信 2017年").doesNotContain("WECHAT", "item:");
	}

	@Test
	void sectionThreeCellsOfA2021TableDrillDownToApplications() throws Exception {
		String table = page("/console/reporting/640000-xfj/2021", "reporter");
		assertThat(table).contains("（一）予以公开", "/console/reporting/640000-xfj/2021/cells/R1?column=");
		var response = mvc.perform(get("/console/reporting/640000-xfj/2021/cells/NEW").param("column", "自然人")
				.with(user(staff("reporter")))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String cell = response.getContentAsString();
		assertThat(cell).contains("政府信息公开申请 第 ", "依申请公开 收到 2021年").doesNotContain("request:");
	}

	@Test
	void theAgenciesBelowAreComparedSideBySideWithTheirRollUp() throws Exception {
		String page = page("/console/reporting/640000-xfj/2022/agencies", "reporter");
		assertThat(page).contains("银川市信访局", "兴庆区", "一、本年新收政府信息公开申请数量（总计）");
		// 28 agencies and the total, one row each
		assertThat(page.split("<th scope=\"row\">", -1)).hasSize(28 + 1 + 1);
		assertThat(page).contains("class=\"total\"");
	}

	@Test
	void anUnknownCellIsABadRequest() throws Exception {
		assertThat(mvc.perform(get("/console/reporting/640000-xfj/2017/cells/NOPE").with(user(staff("reporter"))))
				.andReturn().getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void anOfficerWithoutTheAgencyInScopeIsRefused() throws Exception {
		assertThat(mvc.perform(get("/console/reporting/640000-xfj/2017").with(user(staff("handler-640100"))))
				.andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void theSeedImportedComparesEqualToTheComputedTableAndATamperedCopyDoesNot() throws Exception {
		ImportedReport seed = imports.importReport(Fixtures.text(Fixtures.SEED), "seed-compare.txt", staff("reporter"));
		assertThat(comparisons.compare(seed.getId(), staff("reporter")).differences()).isEmpty();
		assertThat(page("/console/reporting/imports/" + seed.getId() + "/comparison", "reporter")).contains("no-differences");

		String tampered = Fixtures.text(Fixtures.SEED).replace("4. 政务微信公开政府信息数\t条\t452", "4. 政务微信公开政府信息数\t条\t450");
		ImportedReport other = imports.importReport(tampered, "seed-tampered.txt", staff("reporter"));
		var differences = comparisons.compare(other.getId(), staff("reporter")).differences();
		assertThat(differences).hasSize(1);
		assertThat(differences.get(0).row()).isEqualTo("S1_2_4");
		assertThat(differences.get(0).published()).isEqualByComparingTo("450");
		assertThat(differences.get(0).computed()).isEqualByComparingTo("452");
		assertThat(page("/console/reporting/imports/" + other.getId() + "/comparison", "reporter"))
				.contains("4.政务微信公开政府信息数", "450", "452");
	}
}
