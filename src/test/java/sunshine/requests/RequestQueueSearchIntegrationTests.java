package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.Agency;
import sunshine.agency.AgencyLevel;
import sunshine.agency.OrgScope;
import sunshine.agency.Role;
import sunshine.agency.StaffManagement;
import sunshine.agency.StaffUser;
import sunshine.shared.ChineseIdNumber;
import sunshine.shared.PersonalDataCipher;

/**
 * The disclosure request queue at two thousand applications of a bureau of its own: each view, filter and
 * search lists, page by page, exactly what the generated rows say it must, and counts them all — the open
 * applications by their answer date, the concluded ones newest first.
 */
@SunshineIntegrationTest
class RequestQueueSearchIntegrationTests {

	record Row(long id, String trackingCode, String description, RequestStatus status, IntakeChannel channel,
			LocalDate receivedOn, LocalDate dueOn, LocalDate concludedOn, String phone, String idNumber) {
	}

	static Agency agency;

	static final List<Row> ROWS = new ArrayList<>();

	static JdbcTemplate cleanup;

	@Autowired
	DisclosureRequestQueries queries;

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
		if (agency != null) {
			return;
		}
		cleanup = jdbc;
		String token = Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
		agency = staff.createAgency("rq-" + token, "申请队列测试局" + token, "申请测试" + token, AgencyLevel.COUNTY, "640998",
				null, 950);
		long base = jdbc.queryForObject("select coalesce(max(id), 0) from disclosure_request", Long.class) + 7_000_000L;
		var random = new Random(61);
		RequestStatus[] states = RequestStatus.values();
		IntakeChannel[] channels = IntakeChannel.values();
		String[] topics = { "老旧小区改造", "征地补偿标准", "道路规划", "财政预算", "环评报告" };
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			RequestStatus status = states[random.nextInt(states.length)];
			IntakeChannel channel = channels[random.nextInt(channels.length)];
			LocalDate received = today.minusDays(random.nextInt(300));
			LocalDate due = today.plusDays(random.nextInt(40) - 15);
			LocalDate concluded = status.isOpen() ? null : received.plusDays(random.nextInt(20));
			String phone = "1370000" + String.format("%04d", i % 400);
			String first17 = "640998199001" + String.format("%05d", i % 600);
			String idNumber = first17 + ChineseIdNumber.checkCharacter(first17);
			String code = "GQ-" + token + "-" + String.format("%05d", i);
			String description = topics[i % topics.length] + "相关信息第" + i + "号";
			ROWS.add(new Row(base + i, code, description, status, channel, received, due, concluded, phone, idNumber));
			batch.add(new Object[] { base + i, agency.getId(), code, "-", channel.name(), received, received, "REGULATIONS_2019",
					"NATURAL_PERSON", cipher.encrypt("申请人" + i), cipher.encrypt(idNumber), cipher.encrypt(phone),
					cipher.blindIndex("P:" + idNumber), description, "PAPER", status.name(), due, concluded,
					received.atTime(9, 30).atOffset(ZoneOffset.ofHours(8)), cipher.phoneIndex(phone) });
		}
		jdbc.batchUpdate("""
				insert into disclosure_request (id, agency_id, tracking_code, query_code_hash, channel, arrived_on, received_on,
				  regime, applicant_type, applicant_name, id_number, phone, applicant_key, description, delivery, status,
				  due_on, calendar_complete, concluded_on, created_at, phone_index, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, 0)
				""", batch);
	}

	@AfterAll
	static void removeTheBureau() {
		if (agency != null) {
			cleanup.update("delete from disclosure_request where agency_id = ?", agency.getId());
			cleanup.update("delete from agency where id = ?", agency.getId());
			agency = null;
			ROWS.clear();
		}
	}

	static final Comparator<Row> OPEN_ORDER = Comparator.comparing((Row r) -> r.status().isOpen() ? 0 : 1)
			.thenComparing(Row::dueOn).thenComparing(Row::id);

	static final Comparator<Row> CONCLUDED_ORDER = Comparator.comparing(Row::concludedOn, Comparator.reverseOrder())
			.thenComparing(Row::id, Comparator.reverseOrder());

	void assertPages(DisclosureRequestQueries.Filter filter, Predicate<Row> expected, Comparator<Row> order) {
		List<Long> all = ROWS.stream().filter(expected).sorted(order).map(Row::id).toList();
		int size = 50;
		int pages = Math.max(1, (all.size() + size - 1) / size);
		for (int page : new TreeSet<>(List.of(0, 1, pages - 1, pages))) {
			var found = queries.page(OrgScope.ownAgencyOnly(agency.getId()), filter, page, size);
			assertThat(found.total()).as("total of %s", filter).isEqualTo(all.size());
			assertThat(found.rows().stream().map(DisclosureRequestQueries.QueueRow::id).toList()).as("page %d of %s", page, filter)
					.isEqualTo(all.subList(Math.min(all.size(), page * size), Math.min(all.size(), (page + 1) * size)));
		}
	}

	@Test
	void pagesEachViewAndCountsIt() {
		LocalDate soon = queries.dueSoonLimit();
		assertPages(new DisclosureRequestQueries.Filter("open", null, null), r -> r.status().isOpen(), OPEN_ORDER);
		assertPages(new DisclosureRequestQueries.Filter("overdue", null, null),
				r -> r.status().isOpen() && r.dueOn().isBefore(today), OPEN_ORDER);
		assertPages(new DisclosureRequestQueries.Filter("soon", null, null),
				r -> r.status().isOpen() && !r.dueOn().isBefore(today) && !r.dueOn().isAfter(soon), OPEN_ORDER);
		assertPages(new DisclosureRequestQueries.Filter("concluded", null, null), r -> !r.status().isOpen(),
				CONCLUDED_ORDER);
		assertPages(new DisclosureRequestQueries.Filter("all", null, null), r -> true, OPEN_ORDER);
	}

	@Test
	void filtersByStateChannelAndReceiptDates() {
		LocalDate from = today.minusDays(120);
		LocalDate to = today.minusDays(10);
		assertPages(new DisclosureRequestQueries.Filter("all", null, null, RequestStatus.IN_PROGRESS, null, null, null, null),
				r -> r.status() == RequestStatus.IN_PROGRESS, OPEN_ORDER);
		assertPages(new DisclosureRequestQueries.Filter("open", null, null, null, IntakeChannel.REGISTERED_MAIL, from, to,
				null), r -> r.status().isOpen() && r.channel() == IntakeChannel.REGISTERED_MAIL
						&& !r.receivedOn().isBefore(from) && !r.receivedOn().isAfter(to), OPEN_ORDER);
	}

	@Test
	void findsByTrackingCodeDescriptionPhoneAndIdentityNumber() {
		Row row = ROWS.get(987);
		String part = row.trackingCode().substring(row.trackingCode().length() - 7).toLowerCase();
		assertPages(new DisclosureRequestQueries.Filter("all", null, part), r -> r.trackingCode().toLowerCase().contains(part),
				OPEN_ORDER);
		assertPages(new DisclosureRequestQueries.Filter("all", null, "财政预算相关信息第10"),
				r -> r.description().contains("财政预算相关信息第10"), OPEN_ORDER);
		String typed = row.phone().substring(0, 3) + " " + row.phone().substring(3, 7) + "-" + row.phone().substring(7);
		assertPages(new DisclosureRequestQueries.Filter("all", null, null, null, null, null, null, typed),
				r -> r.phone().equals(row.phone()), OPEN_ORDER);
		assertPages(new DisclosureRequestQueries.Filter("all", null, null, null, null, null, null, row.idNumber()),
				r -> r.idNumber().equals(row.idNumber()), OPEN_ORDER);
		assertThat(ROWS.stream().filter(r -> r.phone().equals(row.phone())).count()).isGreaterThan(1);
	}

	@Test
	void theQueuePageShowsTheTotalAndPagesOn() throws Exception {
		var handler = new StaffUser(-1, "rq-handler", "申请测试员", agency.getId(), agency.getCode(), agency.getName(),
				Set.of(Role.HANDLER), "", true, false);
		List<Row> open = ROWS.stream().filter(r -> r.status().isOpen()).sorted(OPEN_ORDER).toList();
		String first = mvc.perform(get("/console/requests").with(user(handler))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(first).contains("共 " + open.size() + " 件，当前显示第 1–50 件", "id=\"page-next\"");
		open.subList(0, 50).forEach(r -> assertThat(first).contains(r.trackingCode()));
		String second = mvc.perform(get("/console/requests").param("page", "1").with(user(handler))).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
		open.subList(50, 100).forEach(r -> assertThat(second).contains(r.trackingCode()));
		assertThat(second).doesNotContain(open.get(0).trackingCode() + "<");
	}
}
