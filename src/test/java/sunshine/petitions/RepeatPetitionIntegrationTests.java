package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.AgencyLookup;
import sunshine.agency.StaffUser;
import sunshine.shared.ChineseIdNumber;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotFound;
import sunshine.shared.workflow.NotPermitted;
import sunshine.shared.workflow.TransitionTable.NoForm;

/**
 * 重复信访 end to end on the database: generated people raising generated matters by letter, visit, phone and
 * the message board. The same person's same matter told again in other words is suggested, with its similarity;
 * another person, another matter, or the same matter outside the window is not. Merged repeats are answered by
 * the first petition's one reply (each in its own file, audited, the petitioner told) and never on their own,
 * and every count — the statistics API, the reporting view, the open data — counts the matter once and the
 * repeats apart, checked against a count made from the rows.
 */
@SunshineIntegrationTest
class RepeatPetitionIntegrationTests {

	static final String PASSWORD = "Test-Pass-2017";
	static final String AGENCY = "640000-xfj";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	JsonHttp http;

	final long seed = System.nanoTime();
	final Random random = new Random(seed);

	@BeforeEach
	void client() {
		http = new JsonHttp(port);
	}

	StaffUser staff(String username) {
		return (StaffUser) users.loadUserByUsername(username);
	}

	/** A generated petitioner: a valid identity number and a mobile number of their own. */
	record Person(String name, String idNumber, String phone) {
	}

	Person person() {
		String body = "640104" + (1950 + random.nextInt(50)) + String.format("%02d%02d", 1 + random.nextInt(12),
				1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
		return new Person("重复测试" + Long.toString(Math.abs(random.nextLong()), 36).substring(0, 4),
				body + ChineseIdNumber.checkCharacter(body), "139" + String.format("%08d", random.nextInt(100_000_000)));
	}

	/** Registers the matter as the channel tells it, naming the person by identity number, phone or both. */
	PetitionManagement.Receipt register(Person who, Matters.Matter matter, Channel channel, int variant, boolean byId,
			boolean byPhone) {
		String[] told = matter.told(channel, variant);
		return petitions.registerByStaff(new Submission(AGENCY, channel.label(), who.name(), byId ? who.idNumber() : null,
				byPhone ? who.phone() : null, null, told[0], told[1], "URBAN_HOUSING", channel == Channel.VISIT ? 1 : null),
				staff("registrar"));
	}

	PetitionManagement.Receipt register(Person who, Matters.Matter matter, Channel channel) {
		return register(who, matter, channel, random.nextInt(2), true, true);
	}

	Channel anyChannel() {
		return Matters.CHANNELS.get(random.nextInt(Matters.CHANNELS.size()));
	}

	Petition petition(String code) {
		return petitions.byCode(code, staff("registrar"));
	}

	Set<String> related(String code) {
		var codes = new HashSet<String>();
		petitions.related(code, staff("registrar")).forEach(c -> codes.add(c.trackingCode()));
		return codes;
	}

	@Test
	void suggestsTheSamePersonsSameMatterFromAnyChannelAndNothingElse() {
		for (int round = 0; round < 6; round++) {
			Person who = person();
			var matter = Matters.any(random);
			String first = register(who, matter, anyChannel()).trackingCode();
			// told again by another channel in other words; known by one of the two numbers, or both
			int known = random.nextInt(3);
			String again = register(who, matter, anyChannel(), 1, known != 1, known != 0).trackingCode();
			var found = petitions.related(again, staff("registrar")).stream()
					.filter(c -> c.trackingCode().equals(first)).findFirst();
			assertThat(found).as("seed %d round %d: %s", seed, round, matter).isPresent();
			assertThat(found.get().similarity().doubleValue()).isGreaterThanOrEqualTo(0.45);
			assertThat(found.get().alreadyMerged()).isFalse();
			assertThat(related(first)).as("and the other way round").contains(again);

			Person other = person();
			String stranger = register(other, matter, anyChannel()).trackingCode();
			assertThat(related(stranger)).as("seed %d: another person's same words", seed).doesNotContain(first, again);

			String otherMatter = register(who, Matters.differentFrom(matter, random), anyChannel()).trackingCode();
			assertThat(related(otherMatter)).as("seed %d: another matter of the same person", seed)
					.doesNotContain(first, again);

			String old = register(who, matter, anyChannel()).trackingCode();
			jdbc.sql("update petition set received_on = :on where tracking_code = :c")
					.param("on", LocalDate.now(clock).minusDays(91)).param("c", old).update();
			assertThat(related(again)).as("seed %d: 91 days before, outside the 90-day window", seed)
					.contains(first).doesNotContain(old);
		}
	}

	@Test
	void listsTheCandidatesAsTypedJsonForTheAgencysCaseStaffOnly() {
		Person who = person();
		var matter = Matters.any(random);
		String first = register(who, matter, Channel.LETTER).trackingCode();
		String again = register(who, matter, Channel.PHONE, 1, true, true).trackingCode();

		var reply = http.get("/api/v1/petitions/" + again + "/related", "Authorization", Http.basic("registrar", PASSWORD));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().isArray()).isTrue();
		var entry = reply.json().get(0);
		List<String> names = new ArrayList<>();
		entry.propertyNames().forEach(names::add);
		assertThat(names).containsExactlyInAnyOrder("trackingCode", "channel", "registeredOn", "similarity", "alreadyMerged");
		assertThat(entry.get("trackingCode").asString()).isEqualTo(first);
		assertThat(entry.get("channel").asString()).isEqualTo("来信");
		assertThat(entry.get("registeredOn").asString()).isEqualTo(LocalDate.now(clock).toString());
		assertThat(entry.get("similarity").decimalValue().doubleValue()).isBetween(0.45, 1.0);
		assertThat(entry.get("alreadyMerged").asBoolean()).isFalse();

		// a handler of the same bureau works cases too; the supervisor reads but may not link people; a city
		// bureau does not see the region's petition at all
		assertThat(http.get("/api/v1/petitions/" + again + "/related", "Authorization", Http.basic("handler", PASSWORD))
				.status()).isEqualTo(200);
		var supervisor = http.get("/api/v1/petitions/" + again + "/related", "Authorization",
				Http.basic("supervisor", PASSWORD));
		assertThat(supervisor.status()).isEqualTo(403);
		assertThat(supervisor.json().get("message").asString()).contains("本机关办理信访事项的工作人员");
		var city = http.get("/api/v1/petitions/" + again + "/related", "Authorization", Http.basic("handler-640100", PASSWORD));
		assertThat(city.status()).isEqualTo(404);
		assertThat(city.raw().body()).doesNotContain(first);
		assertThat(http.get("/api/v1/petitions/XF-2000-NOSUCH00/related", "Authorization", Http.basic("registrar", PASSWORD))
				.status()).isEqualTo(404);
	}

	@Test
	void mergesByTheRegistrarOnlyAndRefusesWhatIsNotARepeat() {
		Person who = person();
		var matter = Matters.any(random);
		String first = register(who, matter, Channel.VISIT).trackingCode();
		String again = register(who, matter, Channel.MESSAGE_BOARD).trackingCode();
		String registrar = Http.basic("registrar", PASSWORD);

		var missing = http.post("/api/v1/petitions/" + again + "/merge", Map.of(), "Authorization", registrar);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("fields").toString()).contains("into");
		assertThat(missing.json().get("message").asString()).contains("请选择要合并到的信访事项编号");
		assertThat(http.post("/api/v1/petitions/" + again + "/merge", Map.of("into", first), "Authorization",
				Http.basic("handler", PASSWORD)).status()).as("a handler does not merge").isEqualTo(403);
		assertThat(http.post("/api/v1/petitions/" + again + "/merge", Map.of("into", first), "Authorization",
				Http.basic("handler-640100", PASSWORD)).status()).as("nor another bureau").isIn(403, 404);
		var notAccepted = http.post("/api/v1/petitions/" + again + "/merge", Map.of("into", first), "Authorization", registrar);
		assertThat(notAccepted.status()).as("the first petition is not accepted yet").isEqualTo(409);
		assertThat(notAccepted.json().get("message").asString()).contains("尚未受理");

		petitions.accept(petition(first).getId(), staff("registrar"));
		assertThat(http.post("/api/v1/petitions/" + first + "/merge", Map.of("into", again), "Authorization", registrar)
				.status()).as("the older into the newer").isEqualTo(409);
		assertThat(http.post("/api/v1/petitions/" + again + "/merge", Map.of("into", "XF-2000-NOSUCH00"), "Authorization",
				registrar).status()).isEqualTo(409);
		String stranger = register(person(), matter, Channel.LETTER).trackingCode();
		var otherPerson = http.post("/api/v1/petitions/" + stranger + "/merge", Map.of("into", first), "Authorization",
				registrar);
		assertThat(otherPerson.status()).isEqualTo(409);
		assertThat(otherPerson.json().get("message").asString()).contains("不是同一信访人");

		var merged = http.post("/api/v1/petitions/" + again + "/merge", Map.of("into", first.toLowerCase()),
				"Authorization", registrar);
		assertThat(merged.status()).isEqualTo(200);
		assertThat(merged.json().get("status").asString()).isEqualTo("MERGED");
		assertThat(merged.json().get("repeatOf").asString()).isEqualTo(first);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'petitions.merge' and subject = :c")
				.param("c", again).query(Long.class).single()).isEqualTo(1);
		assertThat(petitions.related(first, staff("registrar"))).filteredOn(c -> c.trackingCode().equals(again))
				.singleElement().matches(RepeatFinder.Candidate::alreadyMerged);

		// a repeat of the repeat goes to the matter's first petition
		String third = register(who, matter, Channel.PHONE).trackingCode();
		petitions.merge(third, again, staff("registrar"));
		assertThat(petition(third).getRepeatOfCode()).isEqualTo(first);
		assertThat(petition(third).getStatus()).isEqualTo(PetitionStatus.MERGED);
	}

	@Test
	void answersTheMatterOnceAndTheReplyReachesEveryRepeat() {
		Person who = person();
		var matter = Matters.any(random);
		var firstReceipt = register(who, matter, Channel.LETTER);
		String first = firstReceipt.trackingCode();
		long firstId = petition(first).getId();
		petitions.accept(firstId, staff("registrar"));
		int count = 1 + random.nextInt(3);
		List<PetitionManagement.Receipt> repeats = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			var receipt = register(who, matter, Matters.CHANNELS.get(1 + random.nextInt(3)), i, true, true);
			petitions.merge(receipt.trackingCode(), first, staff("registrar"));
			repeats.add(receipt);
		}
		for (var r : repeats) {
			long id = petition(r.trackingCode()).getId();
			assertThat(petitions.actionsFor(petition(r.trackingCode()), staff("registrar"))).isEmpty();
			assertThatThrownBy(() -> petitions.act(id, Petition.Action.ACCEPT, new NoForm(), staff("registrar")))
					.as("a repeat is not handled on its own").isInstanceOf(IllegalTransition.class);
			assertThatThrownBy(() -> petitions.act(id, Petition.Action.REJECT, new PetitionWorkflow.Reason("重复"),
					staff("registrar"))).isInstanceOf(IllegalTransition.class);
			assertThat(petitions.track(r.trackingCode(), r.queryCode()).orElseThrow().getRepeatOfCode()).isEqualTo(first);
		}

		long unit = agencies.unitsOf(petition(first).getAgencyId()).get(0).getId();
		petitions.assign(firstId, unit, staff("registrar"));
		petitions.claim(firstId, staff("handler"));
		String text = "经核查，" + matter.party() + "已于本月整改完毕，" + matter.place() + "的问题已解决。";
		petitions.submitDraft(firstId, text, staff("handler"));
		petitions.approve(firstId, staff("reviewer"));
		petitions.sign(firstId, staff("leader"));
		petitions.reply(firstId, staff("registrar"));

		LocalDate today = LocalDate.now(clock);
		for (var r : repeats) {
			Petition repeat = petition(r.trackingCode());
			assertThat(repeat.getStatus()).isEqualTo(PetitionStatus.REPLIED);
			assertThat(repeat.getReply()).isEqualTo(text);
			assertThat(repeat.getAnsweredOn()).isEqualTo(today);
			assertThat(repeat.getHistory()).extracting(HistoryEntry::getAction).containsSubsequence("register", "merge", "reply");
			assertThat(jdbc.sql("select count(*) from audit_entry where action = 'petitions.reply' and subject = :c")
					.param("c", r.trackingCode()).query(Long.class).single()).as("recorded once in the audit log").isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from notification where subject = :s and step = 'PETITION_REPLIED'")
					.param("s", PetitionManagement.NOTIFY_SUBJECT_PREFIX + r.trackingCode()).query(Long.class).single())
					.as("the repeat's petitioner is told, as of every reply").isPositive();
			var tracking = http.get("/api/v1/petitions/track?code=" + r.trackingCode() + "&queryCode=" + r.queryCode()).json();
			assertThat(tracking.get("reply").asString()).isEqualTo(text);
			assertThat(tracking.get("repeatOf").asString()).isEqualTo(first);
			assertThatThrownBy(() -> petitions.reply(repeat.getId(), staff("registrar"))).isInstanceOf(IllegalTransition.class);
		}
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'petitions.reply' and subject = :c")
				.param("c", first).query(Long.class).single()).isEqualTo(1);

		// told again after the reply: merged, and answered with the same reply at once
		var late = register(who, matter, Channel.MESSAGE_BOARD);
		petitions.merge(late.trackingCode(), first, staff("registrar"));
		assertThat(petition(late.trackingCode()).getStatus()).isEqualTo(PetitionStatus.REPLIED);
		assertThat(petition(late.trackingCode()).getReply()).isEqualTo(text);
	}

	@Test
	void mergedRepeatsCountOnceAndApartEverywherePetitionsAreCounted() {
		LocalDate today = LocalDate.now(clock);
		String supervisor = Http.basic("supervisor", PASSWORD);
		String query = "/api/v1/petitions/statistics?agency=" + AGENCY + "&from=" + today + "&to=" + today;
		var before = http.get(query, "Authorization", supervisor).json();
		long[] viewBefore = monthlyView(today);
		long[] openBefore = openData(today);

		int matters = 1 + random.nextInt(3);
		int repeatCount = 0;
		Map<String, Integer> mainChannels = new java.util.HashMap<>();
		for (int m = 0; m < matters; m++) {
			Person who = person();
			var matter = Matters.any(random);
			Channel channel = anyChannel();
			String first = register(who, matter, channel).trackingCode();
			mainChannels.merge(channel.label(), 1, Integer::sum);
			petitions.accept(petition(first).getId(), staff("registrar"));
			int n = 1 + random.nextInt(3);
			for (int i = 0; i < n; i++) {
				petitions.merge(register(who, matter, anyChannel()).trackingCode(), first, staff("registrar"));
			}
			repeatCount += n;
		}

		var after = http.get(query, "Authorization", supervisor).json();
		assertThat(after.get("received").asLong() - before.get("received").asLong()).as("seed %d", seed).isEqualTo(matters);
		assertThat(after.get("repeats").asLong() - before.get("repeats").asLong()).isEqualTo(repeatCount);
		for (var channel : mainChannels.entrySet()) {
			assertThat(after.get("byChannel").get(channel.getKey()).asLong()
					- before.get("byChannel").get(channel.getKey()).asLong()).isEqualTo((long) channel.getValue());
		}
		// a count made from the rows: a matter is its first petition and every petition merged into it
		long agencyId = agencies.byCode(AGENCY).orElseThrow().getId();
		List<long[]> rows = jdbc.sql("select id, coalesce(repeat_of, 0) from petition where agency_id = :a and received_on = :d")
				.param("a", agencyId).param("d", today).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		Set<Long> distinctMatters = new HashSet<>();
		long repeatRows = 0;
		for (long[] row : rows) {
			distinctMatters.add(row[1] == 0 ? row[0] : row[1]);
			repeatRows += row[1] == 0 ? 0 : 1;
		}
		assertThat(after.get("received").asLong()).isEqualTo(distinctMatters.size());
		assertThat(after.get("repeats").asLong()).isEqualTo(repeatRows);
		assertThat(after.get("open").asLong()).isEqualTo(after.get("received").asLong() - after.get("replied").asLong());

		long[] viewAfter = monthlyView(today);
		assertThat(viewAfter[0] - viewBefore[0]).as("report_petitions_monthly received").isEqualTo(matters);
		assertThat(viewAfter[1] - viewBefore[1]).as("report_petitions_monthly repeats").isEqualTo(repeatCount);
		long[] openAfter = openData(today);
		assertThat(openAfter[0] - openBefore[0]).as("open data received").isEqualTo(matters);
		assertThat(openAfter[1] - openBefore[1]).as("open data repeats").isEqualTo(repeatCount);
	}

	private long[] monthlyView(LocalDate day) {
		return jdbc.sql("""
				select coalesce(sum(received), 0), coalesce(sum(repeats), 0) from report_petitions_monthly
				where agency_code = :a and received_year = :y and received_month = :m""").param("a", AGENCY)
				.param("y", day.getYear()).param("m", day.getMonthValue())
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	private long[] openData(LocalDate day) {
		try {
			var json = JsonHttp.MAPPER.readTree(mvc.perform(get("/open-data/petitions-monthly.json")
					.param("year", String.valueOf(day.getYear()))).andReturn().getResponse().getContentAsByteArray());
			List<String> fields = new ArrayList<>();
			json.get("dictionary").forEach(e -> fields.add(e.get("field").asString()));
			assertThat(fields).as("the open data's dictionary names the repeats").contains("repeats");
			long[] sums = new long[2];
			for (var r : json.get("records")) {
				if (r.get("agency_code").asString().equals(AGENCY) && r.get("month").asInt() == day.getMonthValue()) {
					sums[0] += r.get("received").asLong();
					sums[1] += r.get("repeats").asLong();
				}
			}
			return sums;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void theRegistrarsPageSuggestsInChineseAndMergesOnlyOnceConfirmed() throws Exception {
		Person who = person();
		var matter = Matters.any(random);
		String first = register(who, matter, Channel.PHONE).trackingCode();
		petitions.accept(petition(first).getId(), staff("registrar"));
		String again = register(who, matter, Channel.MESSAGE_BOARD, 1, true, true).trackingCode();
		long againId = petition(again).getId();
		int percent = petitions.related(again, staff("registrar")).stream().filter(c -> c.trackingCode().equals(first))
				.findFirst().orElseThrow().percent();

		String page = mvc.perform(get("/console/petitions/" + againId).with(user(staff("registrar")))).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("疑似重复信访", first, "电话", percent + "%", "合并到该事项", "name=\"confirmed\"")
				.doesNotContain(">PHONE<", ">MERGED<");

		var unconfirmed = mvc.perform(post("/console/petitions/" + againId + "/merge").param("into", first)
				.with(user(staff("registrar"))).with(csrf())).andReturn();
		assertThat(String.valueOf(unconfirmed.getFlashMap().get("failure"))).contains("请先勾选确认");
		assertThat(petition(again).getStatus()).isEqualTo(PetitionStatus.REGISTERED);

		var confirmed = mvc.perform(post("/console/petitions/" + againId + "/merge").param("into", first)
				.param("confirmed", "true").with(user(staff("registrar"))).with(csrf())).andReturn();
		assertThat(confirmed.getFlashMap().get("failure")).isNull();
		assertThat(petition(again).getStatus()).isEqualTo(PetitionStatus.MERGED);
		String merged = mvc.perform(get("/console/petitions/" + againId).with(user(staff("registrar")))).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(merged).contains("已合并为重复件", "已合并", "id=\"repeat-of\"");

		// the statistics page shows the repeats apart
		String analysis = mvc.perform(get("/console/petitions/analysis").param("agency", AGENCY)
				.param("from", LocalDate.now(clock).toString()).param("to", LocalDate.now(clock).toString())
				.with(user(staff("supervisor")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(analysis).contains("重复信访", "id=\"repeats\"");
	}

	@Test
	void refusesAnotherBureauAndTheWrongRoleInTheService() {
		Person who = person();
		var matter = Matters.any(random);
		String first = register(who, matter, Channel.LETTER).trackingCode();
		String again = register(who, matter, Channel.VISIT).trackingCode();
		assertThatThrownBy(() -> petitions.related(again, staff("handler-640100"))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> petitions.related(again, staff("supervisor"))).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> petitions.merge(again, first, staff("handler"))).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> petitions.merge(again, first, staff("handler-640100"))).isInstanceOfAny(NotPermitted.class,
				NotFound.class);
		assertThat(petition(again).getStatus()).isEqualTo(PetitionStatus.REGISTERED);
	}
}
