package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.Role;
import sunshine.agency.StaffManagement;
import sunshine.shared.PersonalDataCipher;

/**
 * The petition queue at a few thousand cases: every page, total, filter and search lists exactly what
 * the generated data says it must (worked out here from the rows as written), in the queue's order —
 * the nearest deadline first, the newest first among equal deadlines, cases without a deadline last.
 */
@SunshineIntegrationTest
class PetitionQueueSearchIntegrationTests {

	static final int CASES = 3000;

	static QueueFixture fixture;

	@Autowired
	PetitionQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	LocalDate today;

	@BeforeEach
	void generate() {
		today = LocalDate.now(clock);
		if (fixture == null) {
			fixture = new QueueFixture(jdbc, staff, cipher, today, CASES, 16L);
		}
	}

	@AfterAll
	static void removeTheBureau() {
		if (fixture != null) {
			fixture.delete();
			fixture = null;
		}
	}

	static final Comparator<QueueFixture.Row> QUEUE_ORDER = Comparator
			.comparing((QueueFixture.Row r) -> r.dueOn() == null)
			.thenComparing(QueueFixture.Row::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(QueueFixture.Row::id, Comparator.reverseOrder());

	List<Long> expected(Predicate<QueueFixture.Row> filter) {
		return fixture.rows.stream().filter(filter).sorted(QUEUE_ORDER).map(QueueFixture.Row::id).toList();
	}

	void assertPages(PetitionQueries.Criteria criteria, Predicate<QueueFixture.Row> filter, int size) {
		List<Long> all = expected(filter);
		int pages = Math.max(1, (all.size() + size - 1) / size);
		for (int page : new java.util.TreeSet<>(List.of(0, 1, pages - 1, pages))) {
			var found = queries.search(Set.of(fixture.agency.getId()), criteria, today, 3, page, size);
			assertThat(found.total()).as("total of %s", criteria).isEqualTo(all.size());
			List<Long> slice = all.subList(Math.min(all.size(), page * size), Math.min(all.size(), (page + 1) * size));
			assertThat(found.items().stream().map(PetitionQueries.Found::id).toList()).as("page %d of %s", page, criteria)
					.isEqualTo(slice);
			assertThat(found.hasNext()).isEqualTo((page + 1) * size < all.size());
		}
	}

	@Test
	void pagesTheWholeQueueAndCountsIt() {
		assertThat(fixture.rows).hasSize(CASES);
		assertPages(PetitionQueries.Criteria.of(List.of()), r -> true, 50);
		assertPages(PetitionQueries.Criteria.of(List.of()), r -> true, 200);
	}

	@Test
	void filtersByStateChannelCategoryAndReceiptDates() {
		var states = List.of(PetitionStatus.REGISTERED, PetitionStatus.ACCEPTED, PetitionStatus.SIGNED);
		assertPages(PetitionQueries.Criteria.of(states), r -> states.contains(r.status()), 50);
		LocalDate from = today.minusDays(200);
		LocalDate to = today.minusDays(30);
		assertPages(new PetitionQueries.Criteria(List.of(), Channel.LETTER, null, null, from, to, PetitionQueries.Due.ANY,
				null, null),
				r -> r.channel() == Channel.LETTER && !r.receivedOn().isBefore(from) && !r.receivedOn().isAfter(to), 50);
		// a parent category includes its sub-categories
		String parent = fixture.rows.stream().map(QueueFixture.Row::parentCategory).filter(p -> p != null).findFirst()
				.orElseThrow();
		assertPages(new PetitionQueries.Criteria(List.of(), null, parent, null, null, null, null, null, null),
				r -> parent.equals(r.category()) || parent.equals(r.parentCategory()), 50);
	}

	@Test
	void keepsOnlyOverdueOrDueSoonOpenCases() {
		assertPages(new PetitionQueries.Criteria(List.of(), null, null, null, null, null, PetitionQueries.Due.OVERDUE,
				null, null), r -> r.status().isOpen() && r.dueOn().isBefore(today), 50);
		assertPages(new PetitionQueries.Criteria(List.of(), null, null, null, null, null, PetitionQueries.Due.SOON,
				null, null),
				r -> r.status().isOpen() && !r.dueOn().isBefore(today) && !r.dueOn().isAfter(today.plusDays(3)), 50);
	}

	@Test
	void findsByTrackingCodeTitleAndTheCitizensPhoneOrIdentityNumber() {
		var row = fixture.rows.get(1234);
		String part = row.trackingCode().substring(row.trackingCode().length() - 8).toLowerCase();
		assertPages(new PetitionQueries.Criteria(List.of(), null, null, null, null, null, null, part, null),
				r -> r.trackingCode().toLowerCase().contains(part) || r.title().contains(part), 50);
		assertPages(new PetitionQueries.Criteria(List.of(), null, null, null, null, null, null, "征地补偿问题反映第12", null),
				r -> r.title().contains("征地补偿问题反映第12"), 50);
		// the phone however typed (spaces, dashes), the identity number in lower case: the blind index finds them
		String phone = row.phone().substring(0, 3) + "-" + row.phone().substring(3, 7) + " " + row.phone().substring(7);
		assertPages(new PetitionQueries.Criteria(List.of(), null, null, null, null, null, null, null, phone),
				r -> r.phone().equals(row.phone()), 50);
		assertPages(new PetitionQueries.Criteria(List.of(), null, null, null, null, null, null, null,
				row.idNumber().toLowerCase()), r -> r.idNumber().equals(row.idNumber()), 50);
		assertThat(expected(r -> r.phone().equals(row.phone()))).hasSizeGreaterThan(1);
	}

	@Test
	void theRegistrarsQueuePageShowsTheTotalPagesOnAndLeavesClosingWorkToItsOwnTab() throws Exception {
		var registrar = fixture.user(Role.REGISTRAR);
		Set<PetitionStatus> work = Set.of(PetitionStatus.REGISTERED, PetitionStatus.ACCEPTED, PetitionStatus.SIGNED);
		List<Long> open = expected(r -> work.contains(r.status()));
		String first = mvc.perform(get("/console/petitions").with(user(registrar))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(first).contains("共 " + open.size() + " 件，当前显示第 1–50 件", "id=\"page-next\"",
				"第 1 页，共 " + ((open.size() + 49) / 50) + " 页");
		// no case waiting to be analysed or archived on the registrar's work list
		fixture.rows.stream().filter(r -> !work.contains(r.status())).limit(200)
				.forEach(r -> assertThat(first).doesNotContain(r.trackingCode()));
		fixture.rows.stream().filter(r -> open.subList(0, 50).contains(r.id()))
				.forEach(r -> assertThat(first).contains(r.trackingCode()));
		String second = mvc.perform(get("/console/petitions").param("page", "1").with(user(registrar))).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
		fixture.rows.stream().filter(r -> open.subList(50, 100).contains(r.id()))
				.forEach(r -> assertThat(second).contains(r.trackingCode()));
		long closing = fixture.rows.stream().filter(r -> Set.of(PetitionStatus.REPLIED, PetitionStatus.ANALYSED,
				PetitionStatus.NOT_ACCEPTED, PetitionStatus.TRANSFERRED).contains(r.status())).count();
		String closingPage = mvc.perform(get("/console/petitions").param("view", "closing").with(user(registrar)))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(closingPage).contains("共 " + closing + " 件");
		// searched by the citizen's phone from the page
		var row = fixture.rows.get(77);
		long samePhone = fixture.rows.stream().filter(r -> r.phone().equals(row.phone())).count();
		String searched = mvc.perform(get("/console/petitions").param("view", "all").param("person", row.phone())
				.with(user(registrar))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(searched).contains("共 " + samePhone + " 件", row.trackingCode());
	}

	@Test
	void theHomeCountsEachRolesWorkAndNamesTheOldestOverdueCase() throws Exception {
		var user = fixture.user(Role.REGISTRAR, Role.HANDLER);
		String home = mvc.perform(get("/console").with(user(user))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		Set<PetitionStatus> registrar = Set.of(PetitionStatus.REGISTERED, PetitionStatus.ACCEPTED, PetitionStatus.SIGNED);
		Set<PetitionStatus> handler = Set.of(PetitionStatus.ASSIGNED, PetitionStatus.IN_HANDLING);
		long registrarCount = fixture.rows.stream().filter(r -> registrar.contains(r.status())).count();
		long registrarOverdue = fixture.rows.stream()
				.filter(r -> registrar.contains(r.status()) && r.dueOn().isBefore(today)).count();
		long handlerCount = fixture.rows.stream().filter(r -> handler.contains(r.status())).count();
		assertThat(home).contains("信访事项：登记员待办", registrarCount + " 件", "其中超期 " + registrarOverdue + " 件",
				"信访事项：承办人待办", handlerCount + " 件");
		var oldest = fixture.rows.stream().filter(r -> registrar.contains(r.status()) && r.dueOn().isBefore(today))
				.sorted(QUEUE_ORDER).findFirst().orElseThrow();
		assertThat(home).contains(oldest.trackingCode());
	}
}
