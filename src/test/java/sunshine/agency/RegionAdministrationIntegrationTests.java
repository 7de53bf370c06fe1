package sunshine.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.SunshineIntegrationTest;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTable;
import sunshine.reporting.table.ReportTables;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.shared.Times;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotPermitted;

/**
 * 机构调整 against the real report code: two county bureaus under two different city bureaus are merged,
 * and the report tables computed by {@link ReportTables} show the years before the merge exactly as they
 * were, while the years after it follow the new tree — each application counted once, under the parent
 * of the agency that holds its work. The applications are generated at random (seed in the failure
 * message) with a known day of receipt and of conclusion, so every expected count is worked out here from
 * the generated days, not from the tables.
 */
@SunshineIntegrationTest
class RegionAdministrationIntegrationTests {

	@Autowired
	RegionAdministration region;

	@Autowired
	StaffManagement staff;

	@Autowired
	AgencyLookup lookup;

	@Autowired
	ReportTables tables;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	DisclosureRequestManagement requests;

	Agency top;
	Agency cityA;
	Agency cityB;
	Agency countyA;
	Agency countyB;
	StaffUser admin;
	LocalDate today;
	String token;

	/** A generated application: where and when it came, and when (if) it was concluded. */
	record Generated(long agencyId, LocalDate receivedOn, LocalDate concludedOn) {
	}

	@BeforeEach
	void twoCitiesWithACountyEach() {
		today = LocalDate.now(clock.withZone(Times.ZONE));
		token = UUID.randomUUID().toString().substring(0, 6);
		// a region of its own for each test, so the demo region the other tests count keeps its 28 bureaus
		top = staff.createAgency("649" + token.substring(0, 3) + "-r" + token, "测试区信访局" + token, "测试区" + token,
				AgencyLevel.PROVINCE, "649000", null, 899);
		cityA = staff.createAgency("649" + token.substring(0, 3) + "-a" + token, "甲市信访局" + token, "甲市" + token,
				AgencyLevel.CITY, "649100", top, 900);
		cityB = staff.createAgency("649" + token.substring(0, 3) + "-b" + token, "乙市信访局" + token, "乙市" + token,
				AgencyLevel.CITY, "649200", top, 901);
		countyA = staff.createAgency("649" + token.substring(0, 3) + "-c" + token, "甲县信访局" + token, "甲县" + token,
				AgencyLevel.COUNTY, "649101", cityA, 902);
		countyB = staff.createAgency("649" + token.substring(0, 3) + "-d" + token, "乙县信访局" + token, "乙县" + token,
				AgencyLevel.COUNTY, "649201", cityB, 903);
		admin = user(top, Role.SYSTEM_ADMIN);
	}

	static StaffUser user(Agency agency, Role... roles) {
		return new StaffUser(0, "probe-region", "探针", agency.getId(), agency.getCode(), agency.getName(),
				roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), "", true, false);
	}

	@Test
	void mergingTwoCountyBureausLeavesTheOldYearAsReportedAndTheNewYearFollowsTheNewTree() {
		int oldYear = today.getYear() - 1;
		int newYear = today.getYear();
		LocalDate mergeDay = LocalDate.of(newYear, 1, 1);
		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<Generated> generated = new ArrayList<>();
		// The old year: both counties receive applications; some are concluded in the year, some the next
		// year, some are still open — those are carried into the new year.
		for (Agency county : List.of(countyA, countyB)) {
			int count = 5 + random.nextInt(20);
			for (int i = 0; i < count; i++) {
				LocalDate received = LocalDate.of(oldYear, 1, 1).plusDays(random.nextInt(365));
				int fate = random.nextInt(3);
				LocalDate concluded = fate == 0 ? null
						: fate == 1 ? min(received.plusDays(random.nextInt(20)), LocalDate.of(oldYear, 12, 31))
								: LocalDate.of(newYear, 1, 1).plusDays(random.nextInt(Math.max(1, today.getDayOfYear() - 1)));
				generated.add(new Generated(county.getId(), received, concluded));
			}
		}
		insert(generated, random);

		Map<String, List<BigDecimal>> before = oldYearTables(oldYear);
		String yearNameBefore = lookup.nameInYear(countyA.getId(), oldYear).orElseThrow();

		StaffAccount handler = staff.createAccount("merge." + token, "甲县承办人", countyA, null, "Merge-Pass-2027",
				java.util.Set.of(Role.HANDLER));

		region.merge(admin, countyA.getId(), new RegionAdministration.Merge(countyB.getId(), mergeDay, true));

		// county A's staff now work for county B
		assertThat(staff.accountsIn(OrgScope.ownAgencyOnly(countyB.getId()))).extracting(StaffAccount::getId)
				.contains(handler.getId());
		assertThat(staff.accountsIn(OrgScope.ownAgencyOnly(countyA.getId()))).isEmpty();

		// The old year: every table of every agency concerned, and the region's roll-up, cell for cell as before.
		assertThat(oldYearTables(oldYear)).as("seed %d", seed).isEqualTo(before);
		assertThat(lookup.nameInYear(countyA.getId(), oldYear)).contains(yearNameBefore);
		assertThat(tables.rollupOf(cityA.getId(), oldYear)).contains(countyA.getId());

		// The new year follows the new tree: county A's work is county B's, under city B. New applications
		// come to county B; county A's applications still open count under city B, and nowhere under city A.
		List<Generated> fresh = new ArrayList<>();
		int count = 3 + random.nextInt(15);
		for (int i = 0; i < count; i++) {
			fresh.add(new Generated(countyB.getId(), mergeDay.plusDays(random.nextInt(Math.max(1, today.getDayOfYear()))),
					null));
		}
		insert(fresh, random);
		generated.addAll(fresh);

		long newInYear = generated.stream().filter(g -> g.receivedOn().getYear() == newYear).count();
		long carriedIn = generated.stream().filter(g -> g.receivedOn().getYear() == oldYear
				&& (g.concludedOn() == null || g.concludedOn().getYear() >= newYear)).count();
		long carriedInFromA = generated.stream().filter(g -> g.agencyId() == countyA.getId()
				&& g.receivedOn().getYear() == oldYear && (g.concludedOn() == null || g.concludedOn().getYear() >= newYear))
				.count();
		ReportTable cityBNew = tables.rollupTable(cityB.getId(), newYear).table();
		ReportTable cityANew = tables.rollupTable(cityA.getId(), newYear).table();
		assertThat(cityBNew.value("NEW", ReportLayout.TOTAL)).as("seed %d", seed).isEqualByComparingTo(BigDecimal.valueOf(newInYear));
		assertThat(cityBNew.value("CARRY_IN", ReportLayout.TOTAL)).as("seed %d", seed)
				.isEqualByComparingTo(BigDecimal.valueOf(carriedIn));
		assertThat(cityANew.value("NEW", ReportLayout.TOTAL)).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(cityANew.value("CARRY_IN", ReportLayout.TOTAL)).isEqualByComparingTo(BigDecimal.ZERO);
		// County B's own table is its own: county A's records keep their agency.
		assertThat(tables.table(countyB.getId(), newYear).table().value("CARRY_IN", ReportLayout.TOTAL))
				.isEqualByComparingTo(BigDecimal.valueOf(carriedIn - carriedInFromA));
		// Counted once: the region's roll-up of the new year holds each application once, as before the merge.
		assertThat(tables.rollupOf(top.getId(), newYear)).contains(countyA.getId(), countyB.getId(), cityA.getId(),
				cityB.getId());
		assertThat(tables.rollupOf(cityA.getId(), newYear)).containsExactly(cityA.getId());

		// From the merge on, county A takes no new case and is offered in no pick-list; its staff were moved.
		assertThat(lookup.tree()).extracting(Agency::getId).doesNotContain(countyA.getId());
		assertThat(lookup.workingByCode(countyA.getCode())).isEmpty();
		assertThat(lookup.fullTree()).extracting(Agency::getId).contains(countyA.getId());
		assertThat(lookup.byId(countyA.getId()).orElseThrow().getMergedIntoId()).isEqualTo(countyB.getId());
		assertThatThrownBy(() -> region.rename(admin, countyA.getId(),
				new RegionAdministration.Rename("又一个名称", "又名", today))).isInstanceOf(IllegalTransition.class);
	}

	/** Every table of the old year that the merge could touch, cell by cell. */
	private Map<String, List<BigDecimal>> oldYearTables(int year) {
		Map<String, List<BigDecimal>> all = new LinkedHashMap<>();
		for (Agency agency : List.of(countyA, countyB, cityA, cityB)) {
			all.put("own " + agency.getCode(), cells(tables.table(agency.getId(), year).table()));
			all.put("rollup " + agency.getCode(), cells(tables.rollupTable(agency.getId(), year).table()));
			all.put("drill " + agency.getCode(), cells(tables.rollup(agency.getId(), year).table()));
		}
		all.put("region", cells(tables.rollupTable(top.getId(), year).table()));
		return all;
	}

	private static List<BigDecimal> cells(ReportTable table) {
		List<BigDecimal> cells = new ArrayList<>();
		for (ReportRow row : table.layout().rows()) {
			for (String column : row.columns()) {
				BigDecimal value = table.value(row.id(), column);
				cells.add(value == null ? null : value.stripTrailingZeros());
			}
		}
		return cells;
	}

	@Test
	void mergingACityBringsItsCountiesUnderTheOtherCityFromTheDayOnOnly() {
		int oldYear = today.getYear() - 1;
		LocalDate on = LocalDate.of(today.getYear(), 1, 1);
		region.merge(admin, cityA.getId(), new RegionAdministration.Merge(cityB.getId(), on, true));
		assertThat(lookup.byId(countyA.getId()).orElseThrow().getParentId()).isEqualTo(cityB.getId());
		assertThat(lookup.treeOn(on.minusDays(1)).get(countyA.getId()).parentId()).isEqualTo(cityA.getId());
		assertThat(tables.rollupOf(cityA.getId(), oldYear)).containsExactlyInAnyOrder(cityA.getId(), countyA.getId());
		assertThat(tables.rollupOf(cityB.getId(), oldYear)).containsExactlyInAnyOrder(cityB.getId(), countyB.getId());
		assertThat(tables.rollupOf(cityB.getId(), today.getYear())).containsExactlyInAnyOrder(cityB.getId(),
				countyB.getId(), countyA.getId(), cityA.getId());
		// a county cannot be merged into a city, nor an agency into one below it
		assertThatThrownBy(() -> region.merge(admin, countyB.getId(), new RegionAdministration.Merge(cityB.getId(), today, true)))
				.isInstanceOf(RegionAdministration.InvalidChange.class);
	}

	@Test
	void aRenameShowsTheOldNameInTheOldYearAndTheNewNameFromTheDayOn() throws Exception {
		String oldName = countyA.getName();
		LocalDate on = LocalDate.of(today.getYear(), 1, 1);
		region.rename(admin, countyA.getId(), new RegionAdministration.Rename("丙县信访局" + token, "丙县" + token, on));
		assertThat(lookup.nameInYear(countyA.getId(), today.getYear() - 1)).contains(oldName);
		assertThat(lookup.nameInYear(countyA.getId(), today.getYear())).contains("丙县信访局" + token);
		assertThat(lookup.treeOn(on.minusDays(1)).get(countyA.getId()).name()).isEqualTo(oldName);
		assertThat(lookup.byId(countyA.getId()).orElseThrow().getName()).isEqualTo("丙县信访局" + token);
		// the table page of the old year carries the old name, the new year's the new one
		var editor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(user(top, Role.REPORT_EDITOR));
		for (int year : List.of(today.getYear() - 1, today.getYear())) {
			String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.get("/console/reporting/{code}/{year}", countyA.getCode(), year).with(editor))
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
					.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			String heading = page.substring(page.indexOf("<h1"), page.indexOf("</h1>"));
			assertThat(heading).contains(year < today.getYear() ? oldName : "丙县信访局" + token);
		}
		// history is appended, never rewritten: a later change cannot take effect before this one
		assertThatThrownBy(() -> region.rename(admin, countyA.getId(),
				new RegionAdministration.Rename("丁县信访局", "丁县", on.minusDays(1))))
				.isInstanceOf(RegionAdministration.InvalidChange.class);
	}

	@Test
	void aMovedCountyCountsUnderItsOldCityBeforeTheMoveAndUnderTheNewCityAfter() {
		int oldYear = today.getYear() - 1;
		LocalDate on = LocalDate.of(today.getYear(), 1, 1);
		assertThatThrownBy(() -> region.move(admin, countyA.getId(), new RegionAdministration.Move(cityB.getId(), on, false)))
				.isInstanceOf(RegionAdministration.InvalidChange.class);
		assertThatThrownBy(() -> region.move(admin, countyA.getId(), new RegionAdministration.Move(countyB.getId(), on, true)))
				.isInstanceOf(RegionAdministration.InvalidChange.class);
		assertThatThrownBy(() -> region.move(admin, countyA.getId(), new RegionAdministration.Move(cityB.getId(),
				today.plusDays(1), true))).isInstanceOf(RegionAdministration.InvalidChange.class);
		region.move(admin, countyA.getId(), new RegionAdministration.Move(cityB.getId(), on, true));
		assertThat(tables.rollupOf(cityA.getId(), oldYear)).containsExactlyInAnyOrder(cityA.getId(), countyA.getId());
		assertThat(tables.rollupOf(cityB.getId(), oldYear)).containsExactlyInAnyOrder(cityB.getId(), countyB.getId());
		assertThat(tables.rollupOf(cityA.getId(), today.getYear())).containsExactly(cityA.getId());
		assertThat(tables.rollupOf(cityB.getId(), today.getYear())).containsExactlyInAnyOrder(cityB.getId(),
				countyA.getId(), countyB.getId());
		// today's data scope follows the move too
		assertThat(lookup.selfAndDescendants(cityB.getId())).contains(countyA.getId());
	}

	@Test
	void aRetiredCountyTakesNoNewApplicationAndARetiredCityMustFirstLoseItsCounties() {
		assertThatThrownBy(() -> region.retire(admin, cityA.getId(), new RegionAdministration.Retire(today, true)))
				.isInstanceOf(IllegalTransition.class).isNotInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> region.retire(admin, countyA.getId(), new RegionAdministration.Retire(today, null)))
				.isInstanceOf(RegionAdministration.InvalidChange.class);
		region.retire(admin, countyA.getId(), new RegionAdministration.Retire(today, true));
		var application = new sunshine.requests.RequestApplication(countyA.getCode(), "NATURAL_PERSON", "张三", "居民身份证",
				null, null, null, "13800000000", null, null, "申请公开本县某文件", null, "PAPER");
		// the application names the agency; the agency alone is what is refused
		assertThat(application.problems()).extracting(sunshine.requests.RequestApplication.Problem::field)
				.doesNotContain("agency");
		var refused = org.assertj.core.api.Assertions.catchThrowableOfType(sunshine.requests.InvalidApplication.class,
				() -> requests.submitOnline(application));
		assertThat(refused.problems()).extracting(sunshine.requests.RequestApplication.Problem::field).contains("agency");
		// it stays readable: in the administrator's tree and in the scope of the city above it
		assertThat(lookup.selfAndDescendants(cityA.getId())).contains(countyA.getId());
		assertThat(lookup.treeOfYear(today.getYear() - 1)).containsKey(countyA.getId());
		region.retire(admin, cityA.getId(), new RegionAdministration.Retire(today, true));
	}

	@Test
	void onlyTheSystemAdministratorReorganisesAndOnlyBelowTheirOwnAgency() {
		LocalDate on = today;
		for (Role role : Role.values()) {
			if (role != Role.SYSTEM_ADMIN) {
				assertThatThrownBy(() -> region.rename(user(top, role), countyA.getId(),
						new RegionAdministration.Rename("某县", "某县", on))).as(role.name()).isInstanceOf(NotPermitted.class);
			}
		}
		StaffUser cityAdmin = user(cityA, Role.SYSTEM_ADMIN);
		// a city's administrator reaches its own counties, not the sibling city's, and never changes its own city
		assertThatThrownBy(() -> region.merge(cityAdmin, countyA.getId(), new RegionAdministration.Merge(countyB.getId(), on, true)))
				.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> region.retire(cityAdmin, cityA.getId(), new RegionAdministration.Retire(on, true)))
				.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> region.move(cityAdmin, countyB.getId(), new RegionAdministration.Move(cityA.getId(), on, true)))
				.isInstanceOf(NotPermitted.class);
		Department office = region.createDepartment(cityAdmin, countyA.getId(), new RegionAdministration.Named("办公室"));
		region.renameDepartment(cityAdmin, office.getId(), new RegionAdministration.Named("综合科"));
		assertThatThrownBy(() -> region.createDepartment(cityAdmin, countyA.getId(), new RegionAdministration.Named("综合科")))
				.isInstanceOf(RegionAdministration.InvalidChange.class);
		region.retireDepartment(cityAdmin, office.getId(), new RegionAdministration.Confirm(true));
		assertThat(lookup.departmentsOf(countyA.getId())).singleElement().satisfies(d -> {
			assertThat(d.getName()).isEqualTo("综合科");
			assertThat(d.isActive()).isFalse();
		});
		ResponsibleUnit unit = region.createUnit(cityAdmin, countyA.getId(), new RegionAdministration.Named("县住建局"));
		region.retireUnit(cityAdmin, unit.getId(), new RegionAdministration.Confirm(true));
		assertThatThrownBy(() -> region.createUnit(user(cityB, Role.SYSTEM_ADMIN), countyA.getId(),
				new RegionAdministration.Named("县水务局"))).isInstanceOf(NotPermitted.class);
		// every change is in the audit log
		assertThat(jdbc.sql("select count(*) from audit_entry where subject in (:subjects)")
				.param("subjects", List.of("department:" + office.getId(), "unit:" + unit.getId())).query(Long.class).single())
				.isEqualTo(5);
	}

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void theApiRefusesNonAdministratorsAndExplainsBadInputInChinese() throws Exception {
		var get = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/agencies");
		mvc.perform(get.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(user(top, Role.SECURITY_ADMIN)))).andExpect(
						org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
		var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(this.admin);
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		String unconfirmed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/agencies/{id}/merge", countyA.getId()).with(admin).with(csrf)
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"intoId\": " + countyB.getId() + ", \"effectiveOn\": \"" + today + "\"}"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(unconfirmed).contains("confirmed").contains("请勾选确认");
		assertThat(lookup.byId(countyA.getId()).orElseThrow().isWorking()).isTrue();
		String merged = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/agencies/{id}/merge", countyA.getId()).with(admin).with(csrf)
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"intoId\": " + countyB.getId() + ", \"effectiveOn\": \"" + today + "\", \"confirmed\": true}"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(merged).contains("\"mergedIntoCode\":\"" + countyB.getCode() + "\"");
		// a second merge of a retired agency is a conflict
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/agencies/{id}/retire", countyA.getId()).with(admin).with(csrf)
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"effectiveOn\": \"" + today + "\", \"confirmed\": true}"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict());
		// the console's merge form is refused on the server without its confirmation
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/console/system/agencies/{id}/move", countyB.getId()).with(admin).with(csrf)
				.param("parentId", String.valueOf(cityA.getId())).param("effectiveOn", today.toString()))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
						.attribute("problems", List.of("请勾选确认后再提交。")));
		assertThat(lookup.byId(countyB.getId()).orElseThrow().getParentId()).isEqualTo(cityB.getId());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/console/system/agencies")
				.with(admin)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString(countyA.getName())));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** Inserts the applications as the requests module stores them (concluded ones granted, R1). */
	private void insert(List<Generated> applications, Random random) {
		long base = 8_000_000_000_000L + Math.abs(random.nextLong() % 1_000_000_000L) * 1_000;
		for (int i = 0; i < applications.size(); i++) {
			Generated g = applications.get(i);
			long id = base + i;
			String type = random.nextBoolean() ? "NATURAL_PERSON" : "COMMERCIAL_ENTERPRISE";
			jdbc.sql("""
					insert into disclosure_request (id, agency_id, tracking_code, query_code_hash, channel, arrived_on,
					  received_on, regime, applicant_type, applicant_name, phone, applicant_key, description, delivery, status,
					  due_on, calendar_complete, outcome, concluded_on, created_at, version)
					values (:id, :agency, :code, 'x', 'ONLINE', :received, :received, 'REGULATIONS_2019', :type, 'x', 'x', 'x',
					  '机构调整测试', 'PAPER', :status, :due, true, :outcome, :concluded, :created, 0)""")
					.param("id", id).param("agency", g.agencyId()).param("code", "RG" + id).param("received", g.receivedOn())
					.param("type", type).param("status", g.concludedOn() == null ? "IN_PROGRESS" : "CONCLUDED")
					.param("due", g.receivedOn().plusDays(28)).param("outcome", g.concludedOn() == null ? null : "R1")
					.param("concluded", g.concludedOn())
					.param("created", OffsetDateTime.of(g.receivedOn().atStartOfDay(), java.time.ZoneOffset.ofHours(8)))
					.update();
		}
	}
}
