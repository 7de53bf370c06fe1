package sunshine.petitions;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLevel;
import sunshine.agency.Role;
import sunshine.agency.StaffManagement;
import sunshine.agency.StaffUser;
import sunshine.shared.ChineseIdNumber;
import sunshine.shared.PersonalDataCipher;

/**
 * A bureau of its own with thousands of petitions in every state, channel and category, written in
 * batches (a few seconds), so queue tests can work out by hand what each filter and page must list. The
 * bureau is a root of the tree: no other test's scope includes it. {@link #delete()} removes it all.
 */
final class QueueFixture {

	/** One generated petition as the test knows it. */
	record Row(long id, String trackingCode, String title, PetitionStatus status, Channel channel, String category,
			String parentCategory, LocalDate receivedOn, LocalDate dueOn, String phone, String idNumber) {
	}

	private static final AtomicInteger RUNS = new AtomicInteger();

	final Agency agency;
	final List<Row> rows = new ArrayList<>();
	final JdbcTemplate jdbc;

	QueueFixture(JdbcTemplate jdbc, StaffManagement staff, PersonalDataCipher cipher, LocalDate today, int count,
			long seed) {
		this.jdbc = jdbc;
		int run = RUNS.incrementAndGet();
		String token = Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase() + run;
		this.agency = staff.createAgency("qt-" + token, "队列测试信访局" + token, "队列测试" + token, AgencyLevel.COUNTY,
				"640999", null, 900 + run);
		List<Map<String, Object>> categories = jdbc.queryForList("select code, parent_code from petition_category");
		long base = jdbc.queryForObject("select coalesce(max(id), 0) from petition", Long.class) + 5_000_000L
				+ run * 100_000L;
		var random = new Random(seed);
		PetitionStatus[] states = PetitionStatus.values();
		Channel[] channels = Channel.values();
		String[] subjects = { "拖欠工资", "征地补偿", "物业纠纷", "养老保险", "道路修缮", "噪声扰民", "医疗报销" };
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long id = base + i;
			PetitionStatus status = states[random.nextInt(states.length)];
			Channel channel = channels[random.nextInt(channels.length)];
			Map<String, Object> category = categories.get(random.nextInt(categories.size()));
			LocalDate received = today.minusDays(random.nextInt(400));
			LocalDate due = status.isOpen() ? today.plusDays(random.nextInt(50) - 20) : null;
			String phone = "1390000" + String.format("%04d", i % 500);
			String first17 = "640999198001" + String.format("%05d", i % 700);
			String idNumber = first17 + ChineseIdNumber.checkCharacter(first17);
			String code = "XQ-" + token + "-" + String.format("%05d", i);
			String title = subjects[i % subjects.length] + "问题反映第" + i + "号";
			rows.add(new Row(id, code, title, status, channel, (String) category.get("code"),
					(String) category.get("parent_code"), received, due, phone, idNumber));
			batch.add(new Object[] { id, agency.getId(), code, "-", channel.name(), status.name(), "FIRST",
					category.get("code"), title, "内容", cipher.encrypt("测试人" + i), cipher.encrypt(idNumber),
					cipher.encrypt(phone), received, received.atTime(9, 30).atOffset(ZoneOffset.ofHours(8)),
					received.plusDays(15), due, false,
					cipher.blindIndex(idNumber), cipher.phoneIndex(phone) });
		}
		jdbc.batchUpdate("""
				insert into petition (id, version, agency_id, tracking_code, query_code_hash, channel, status, review_level,
				  category_code, title, content, petitioner_name, id_number, phone, visitors, received_on, received_at,
				  acceptance_due, due_on, extension_days, published, next_level_requested, id_number_index, phone_index)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, 0, ?, false, ?, ?)
				""", batch);
	}

	/** A registrar, handler and others of the fixture's bureau, as the console sees them after login. */
	StaffUser user(Role... roles) {
		return new StaffUser(-1, "queue-" + agency.getCode(), "队列测试员", agency.getId(), agency.getCode(), agency.getName(),
				Set.of(roles), "", true, false);
	}

	void delete() {
		jdbc.update("delete from petition where agency_id = ?", agency.getId());
		jdbc.update("delete from agency where id = ?", agency.getId());
	}
}
