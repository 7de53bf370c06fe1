package sunshine.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import sunshine.Generator;
import sunshine.Seeded;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffManagement;
import sunshine.agency.StaffUser;
import sunshine.disclosure.HotspotChannel;
import sunshine.opinion.OpinionEvent.Action;
import sunshine.opinion.OpinionWorkflow.Assess;
import sunshine.opinion.OpinionWorkflow.Collect;
import sunshine.opinion.OpinionWorkflow.Dismiss;
import sunshine.opinion.OpinionWorkflow.Evaluate;
import sunshine.opinion.OpinionWorkflow.Respond;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTables;
import sunshine.reporting.table.TableComputation;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotFound;
import sunshine.shared.workflow.NotPermitted;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The opinion loop end to end: 收集 → 研判 → 回应 → 评估, and what the annual table makes of it. The 2008
 * table's 二（一） 回应公众关注热点或重大舆情数 counts an event once however many channels answered it
 * ("不同方式回应同一热点或舆情计1次"); 二（二）4 微博微信回应事件数 counts the events answered on 政务微博
 * or 政务微信, once each; 二（二）5 其他方式回应事件数 those answered in other ways. Counted through the
 * real table computation, as differences against the table before, because the demo has hotspots of its own.
 */
@SunshineIntegrationTest
@ExtendWith(Seeded.class)
class OpinionIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	OpinionManagement opinion;

	@Autowired
	ReportTables tables;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	StaffManagement staff;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Agency city;
	Agency sibling;
	Agency region;
	StaffUser editor;
	StaffUser reviewer;

	@BeforeEach
	void staffOfACityBureau() {
		region = agencies.byCode("640000-xfj").orElseThrow();
		List<Agency> cities = agencies.tree().stream().filter(a -> region.getId().equals(a.getParentId())).toList();
		city = cities.get(0);
		sibling = cities.get(1);
		editor = account("editor", city, Role.DISCLOSURE_EDITOR);
		reviewer = account("reviewer", city, Role.REVIEWER);
	}

	@Test
	void anEventAnsweredOnTwoChannelsOnTwoDaysAddsOneToTheHotspotsAnsweredOfItsAgencyYear() {
		// 2018: the year the seed report plans the opinion loop for, in the 2008 table
		var before = tables.compute(city.getId(), 2018);
		var siblingBefore = tables.compute(sibling.getId(), 2018);

		long id = collectAndAssess("自来水价格调整引发网民关注", LocalDate.of(2018, 3, 1), OpinionLevel.MAJOR);
		respond(id, HotspotChannel.WEIBO, LocalDate.of(2018, 3, 2));
		OpinionEvent answered = respond(id, HotspotChannel.WECHAT, LocalDate.of(2018, 3, 5));

		var after = tables.compute(city.getId(), 2018);
		assertThat(answered.getStatus()).isEqualTo(OpinionStatus.RESPONDED);
		assertThat(answered.getResponses()).extracting(OpinionEvent.Response::getChannel)
				.containsExactly(HotspotChannel.WEIBO, HotspotChannel.WECHAT);
		// once in 二（一）, once in 二（二）4 (both answers were 微博/微信), not in 二（二）5
		assertThat(delta(before, after, "S2_1")).isEqualByComparingTo("1");
		assertThat(delta(before, after, "S2_2_4")).isEqualByComparingTo("1");
		assertThat(delta(before, after, "S2_2_5")).isEqualByComparingTo("0");
		String hotspot = "hotspot:" + answered.getHotspotId();
		assertThat(after.recordsOf("S2_1", ReportRow.VALUE)).containsOnlyOnce(hotspot);
		assertThat(before.recordsOf("S2_1", ReportRow.VALUE)).doesNotContain(hotspot);
		// the two answers are two rows of the one hotspot the table counts
		assertThat(jdbc.sql("select count(*) from report_disclosure_hotspot_responses where hotspot_id = :h")
				.param("h", answered.getHotspotId()).query(Long.class).single()).isEqualTo(2L);

		// a second event, answered on the website and in another way: 二（一） and 二（二）5 once more, 二（二）4 not
		long other = collectAndAssess("城区积水点整治进展", LocalDate.of(2018, 7, 10), OpinionLevel.GENERAL);
		respond(other, HotspotChannel.WEBSITE, LocalDate.of(2018, 7, 11));
		respond(other, HotspotChannel.OTHER, LocalDate.of(2018, 7, 12));
		respond(other, HotspotChannel.OTHER, LocalDate.of(2018, 7, 20));
		var later = tables.compute(city.getId(), 2018);
		assertThat(delta(before, later, "S2_1")).isEqualByComparingTo("2");
		assertThat(delta(before, later, "S2_2_4")).isEqualByComparingTo("1");
		assertThat(delta(before, later, "S2_2_5")).isEqualByComparingTo("1");
		// the event's agency only: the sibling's table is untouched
		assertThat(delta(siblingBefore, tables.compute(sibling.getId(), 2018), "S2_1")).isEqualByComparingTo("0");
	}

	@Test
	void theTableCountsEveryRespondedEventOnceWhateverItsResponsesAndChannels(Generator random) {
		int year = 2016;
		var before = tables.compute(city.getId(), year);
		int responded = 0;
		int onWeiboOrWechat = 0;
		int otherWays = 0;
		int events = random.between(3, 9);
		for (int n = 0; n < events; n++) {
			LocalDate noticed = random.date(LocalDate.of(year, 1, 1), LocalDate.of(year, 11, 30));
			long id = collectAndAssess("生成的舆情" + n + "-" + UUID.randomUUID(), noticed,
					random.oneOf(OpinionLevel.values()));
			int answers = random.between(0, 5);
			Set<HotspotChannel> channels = EnumSet.noneOf(HotspotChannel.class);
			for (int a = 0; a < answers; a++) {
				HotspotChannel channel = random.oneOf(HotspotChannel.values());
				respond(id, channel, random.date(noticed, LocalDate.of(year, 12, 31)));
				channels.add(channel);
			}
			if (answers == 0) {
				opinion.act(reviewer, id, Action.DISMISS, new Dismiss("与本机关职能无关", true));
			}
			else {
				responded++;
				if (channels.contains(HotspotChannel.WEIBO) || channels.contains(HotspotChannel.WECHAT)) {
					onWeiboOrWechat++;
				}
				if (channels.contains(HotspotChannel.OTHER)) {
					otherWays++;
				}
				if (random.bool()) {
					opinion.act(reviewer, id, Action.EVALUATE, new Evaluate(random.oneOf(ResponseEffect.values()), "已评估", true));
				}
			}
		}
		var after = tables.compute(city.getId(), year);
		assertThat(delta(before, after, "S2_1")).isEqualByComparingTo(BigDecimal.valueOf(responded));
		assertThat(delta(before, after, "S2_2_4")).isEqualByComparingTo(BigDecimal.valueOf(onWeiboOrWechat));
		assertThat(delta(before, after, "S2_2_5")).isEqualByComparingTo(BigDecimal.valueOf(otherWays));
	}

	@Test
	void eachStepIsTheRightRolesOfTheEventsOwnAgencyAndTheStateDecidesTheRest() {
		long id = collectAndAssess("公交线路调整意见集中", LocalDate.of(2025, 5, 6), OpinionLevel.LARGER);
		StaffUser siblingReviewer = account("sibling-reviewer", sibling, Role.REVIEWER);
		StaffUser parentReviewer = account("parent-reviewer", region, Role.REVIEWER);
		StaffUser handler = account("handler", city, Role.HANDLER);
		Respond answer = new Respond(HotspotChannel.WEBSITE, LocalDate.of(2025, 5, 7), null, "发布情况说明", null);

		// another agency, above or beside: refused, nothing changes; and it cannot read the event
		assertThatThrownBy(() -> opinion.act(siblingReviewer, id, Action.ASSESS, new Assess(OpinionLevel.MAJOR, "公交", null)))
				.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> opinion.act(parentReviewer, id, Action.ASSESS, new Assess(OpinionLevel.MAJOR, "公交", null)))
				.isInstanceOf(NotPermitted.class);
		assertThat(opinion.find(id, siblingReviewer)).isEmpty();
		assertThat(opinion.find(id, parentReviewer)).isEmpty();
		// the wrong role of the right agency: refused before the state is looked at
		assertThatThrownBy(() -> opinion.act(editor, id, Action.ASSESS, new Assess(OpinionLevel.MAJOR, "公交", null)))
				.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> opinion.act(reviewer, id, Action.RESPOND, answer)).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> opinion.collect(handler, new Collect("登记员不录入舆情", null, LocalDate.of(2025, 5, 6), null)))
				.isInstanceOf(NotPermitted.class);
		assertThat(opinion.find(id, handler)).isEmpty();
		assertThat(opinion.find(id, editor).orElseThrow().getLevel()).isEqualTo(OpinionLevel.LARGER);

		// the dates of a response: not before the event, not after today — and no hotspot is written then
		long hotspots = hotspotsOf(city);
		assertThatThrownBy(() -> opinion.act(editor, id, Action.RESPOND,
				new Respond(HotspotChannel.WEIBO, LocalDate.of(2025, 5, 5), null, "早于发现日期", null)))
				.isInstanceOf(IllegalTransition.class).hasMessage("opinion.error.respondedBeforeNoticed");
		assertThatThrownBy(() -> opinion.act(editor, id, Action.RESPOND,
				new Respond(HotspotChannel.WEIBO, LocalDate.of(2099, 1, 1), null, "晚于今天", null)))
				.isInstanceOf(IllegalTransition.class).hasMessage("opinion.error.respondedInFuture");
		assertThat(hotspotsOf(city)).isEqualTo(hotspots);
		// a hotspot of another agency cannot be answered through an event
		long siblingHotspot = jdbc.sql("select max(id) from disclosure_hotspot where agency_id = :a").param("a", sibling.getId())
				.query(Long.class).optional().orElse(-1L);
		assertThatThrownBy(() -> opinion.act(editor, id, Action.RESPOND, new Respond(HotspotChannel.WEBSITE,
				LocalDate.of(2025, 5, 7), null, "关联他人热点", siblingHotspot))).isInstanceOf(IllegalTransition.class)
				.hasMessage("opinion.error.hotspot.unknown");

		// evaluation before any response, and anything after closing: the state refuses
		assertThatThrownBy(() -> opinion.act(reviewer, id, Action.EVALUATE, new Evaluate(ResponseEffect.GOOD, "评估", true)))
				.isInstanceOf(IllegalTransition.class).isNotInstanceOf(NotPermitted.class);
		opinion.act(editor, id, Action.RESPOND, answer);
		assertThatThrownBy(() -> opinion.act(reviewer, id, Action.DISMISS, new Dismiss("已回应", true)))
				.isInstanceOf(IllegalTransition.class);
		OpinionEvent closed = opinion.act(reviewer, id, Action.EVALUATE, new Evaluate(ResponseEffect.GOOD, "群众反映已平息", true));
		assertThat(closed.getStatus()).isEqualTo(OpinionStatus.CLOSED);
		assertThat(closed.allowedActions()).isEmpty();
		assertThatThrownBy(() -> opinion.act(editor, id, Action.RESPOND, answer)).isInstanceOf(IllegalTransition.class)
				.hasMessage("opinion.error.state");
		assertThat(closed.getSteps()).extracting(OpinionEvent.Step::getAction)
				.containsExactly("COLLECT", "ASSESS", "RESPOND", "EVALUATE");
		assertThatThrownBy(() -> opinion.act(reviewer, 999_999_999L, Action.ASSESS, new Assess(OpinionLevel.MAJOR, "x", null)))
				.isInstanceOf(NotFound.class);
		// every step is in the audit log under the event
		assertThat(jdbc.sql("select action from audit_entry where subject = :s order by seq").param("s", "opinion:" + id)
				.query(String.class).list()).containsExactly("opinion.collected", "opinion.assessed", "opinion.responded",
						"opinion.evaluated");
	}

	@Test
	void theApiListsTheOwnAgencysEventsByStateAndLevelAndTakesEachStepWithTypedForms() throws Exception {
		MvcResult created = mvc.perform(post("/api/v1/opinion/events").with(user(editor)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).locale(Locale.SIMPLIFIED_CHINESE).content("""
						{"title":"景区门票价格网民热议","summary":"多个论坛转发","noticedOn":"2018-09-01","sourceLink":"https://bbs.example.cn/t/1"}
						""")).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		JsonNode event = read(created);
		long id = event.get("id").asLong();
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/opinion/events/" + id);
		assertThat(event.get("status").asString()).isEqualTo("COLLECTED");
		assertThat(event.get("statusLabel").asString()).isEqualTo("待研判");
		assertThat(event.get("noticedOn").asString()).isEqualTo("2018-09-01");
		assertThat(event.get("allowedActions").isEmpty()).as("the editor has nothing to do before the assessment").isTrue();

		assertThat(apiAct(reviewer, id, "ASSESS", "{\"level\":\"EXTRAORDINARY\",\"topic\":\"旅游价格\",\"agenciesConcerned\":\"市发展改革委\"}")
				.getResponse().getStatus()).isEqualTo(200);
		assertThat(apiAct(editor, id, "respond", "{\"channel\":\"WEIBO\",\"respondedOn\":\"2018-09-02\",\"summary\":\"发布价格说明\"}")
				.getResponse().getStatus()).isEqualTo(200);
		MvcResult second = apiAct(editor, id, "RESPOND",
				"{\"channel\":\"MEDIA\",\"respondedOn\":\"2018-09-04\",\"summary\":\"接受晚报采访\",\"link\":\"https://news.example.cn/1\"}");
		JsonNode answered = read(second);
		assertThat(answered.get("responses")).hasSize(2);
		assertThat(answered.get("responses").get(1).get("channel").asString()).isEqualTo("MEDIA");
		assertThat(answered.get("responses").get(1).get("respondedOn").asString()).isEqualTo("2018-09-04");
		assertThat(answered.get("hotspotId").isNumber()).isTrue();

		// the list, filtered by state, level and the days noticed
		JsonNode list = read(mvc.perform(get("/api/v1/opinion/events").param("status", "RESPONDED").param("level", "EXTRAORDINARY")
				.param("from", "2018-09-01").param("to", "2018-09-30").with(user(reviewer))).andReturn());
		assertThat(list.get("status").asString()).isEqualTo("RESPONDED");
		JsonNode line = null;
		for (JsonNode candidate : list.get("events")) {
			assertThat(candidate.get("status").asString()).isEqualTo("RESPONDED");
			assertThat(candidate.get("level").asString()).isEqualTo("EXTRAORDINARY");
			if (candidate.get("id").asLong() == id) {
				line = candidate;
			}
		}
		assertThat(line).as("the event in its list").isNotNull();
		assertThat(line.get("responses").asInt()).isEqualTo(2);
		assertThat(line.get("channels").asInt()).isEqualTo(2);
		assertThat(line.get("lastRespondedOn").asString()).isEqualTo("2018-09-04");
		assertThat(list.get("count").asInt()).isEqualTo(list.get("events").size());
		JsonNode other = read(mvc.perform(get("/api/v1/opinion/events").param("status", "COLLECTED").with(user(reviewer))).andReturn());
		assertThat(other.get("events").valueStream().map(e -> e.get("id").asLong())).doesNotContain(id);

		// bad input: 400 naming the field in Chinese; closing without the confirmation: 400; other agencies: 404
		MvcResult badLevel = mvc.perform(get("/api/v1/opinion/events").param("level", "严重").with(user(reviewer))
				.locale(Locale.SIMPLIFIED_CHINESE)).andReturn();
		assertThat(badLevel.getResponse().getStatus()).isEqualTo(400);
		assertThat(read(badLevel).get("errors").get("level").asString()).contains("舆情级别");
		MvcResult unconfirmed = apiAct(reviewer, id, "EVALUATE", "{\"effect\":\"GOOD\",\"note\":\"平息\"}");
		assertThat(unconfirmed.getResponse().getStatus()).isEqualTo(400);
		assertThat(read(unconfirmed).get("errors").get("confirmed").asString()).contains("确认");
		StaffUser siblingReviewer = account("api-sibling", sibling, Role.REVIEWER);
		assertThat(mvc.perform(get("/api/v1/opinion/events/{id}", id).with(user(siblingReviewer))).andReturn().getResponse()
				.getStatus()).isEqualTo(404);
		assertThat(apiAct(siblingReviewer, id, "EVALUATE", "{\"effect\":\"GOOD\",\"note\":\"x\",\"confirmed\":true}")
				.getResponse().getStatus()).isEqualTo(403);
		assertThat(apiAct(editor, id, "EVALUATE", "{\"effect\":\"GOOD\",\"note\":\"x\",\"confirmed\":true}")
				.getResponse().getStatus()).isEqualTo(403);
		MvcResult closed = apiAct(reviewer, id, "EVALUATE", "{\"effect\":\"FAIR\",\"note\":\"部分网民仍有疑问\",\"confirmed\":true}");
		assertThat(read(closed).get("status").asString()).isEqualTo("CLOSED");
		assertThat(apiAct(editor, id, "RESPOND", "{\"channel\":\"WEIBO\",\"respondedOn\":\"2018-09-05\",\"summary\":\"再次说明\"}")
				.getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void theConsoleShowsTheStepsTheUserMayTakeWritesDatesTheChineseWayAndClosesOnlyWhenConfirmed() throws Exception {
		long id = collectAndAssess("供暖不达标投诉集中", LocalDate.of(2018, 11, 20), OpinionLevel.MAJOR);
		respond(id, HotspotChannel.WECHAT, LocalDate.of(2018, 11, 21));

		String forEditor = page(get("/console/opinion/{id}", id), editor);
		assertThat(forEditor).contains("供暖不达标投诉集中", "重大", "2018年11月21日", "政务微信", "登记回应")
				.doesNotContain("action-EVALUATE", "WECHAT<", ">MAJOR<");
		String forReviewer = page(get("/console/opinion/{id}", id), reviewer);
		assertThat(forReviewer).contains("action-EVALUATE", "评估并办结").doesNotContain("action-RESPOND");

		// without the tick the event stays open and the page says why
		MvcResult unconfirmed = mvc.perform(post("/console/opinion/{id}/actions/EVALUATE", id).param("effect", "GOOD")
				.param("note", "已平息").with(user(reviewer)).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE)).andReturn();
		assertThat(unconfirmed.getResponse().getRedirectedUrl()).isEqualTo("/console/opinion/" + id);
		assertThat(String.valueOf(unconfirmed.getFlashMap().get("errors"))).contains("确认");
		assertThat(opinion.find(id, reviewer).orElseThrow().getStatus()).isEqualTo(OpinionStatus.RESPONDED);
		mvc.perform(post("/console/opinion/{id}/actions/EVALUATE", id).param("effect", "GOOD").param("note", "已平息")
				.param("confirmed", "true").with(user(reviewer)).with(csrf())).andReturn();
		assertThat(opinion.find(id, reviewer).orElseThrow().getStatus()).isEqualTo(OpinionStatus.CLOSED);

		String list = page(get("/console/opinion").param("status", "CLOSED").param("level", "MAJOR"), editor);
		assertThat(list).contains("供暖不达标投诉集中", "已评估办结", "2018年11月20日");
		assertThat(mvc.perform(get("/console/opinion/{id}", id).with(user(account("console-sibling", sibling,
				Role.DISCLOSURE_EDITOR)))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/console/opinion").with(user(account("console-handler", city, Role.HANDLER))))
				.andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	// ------------------------------------------------------------------ helpers

	long collectAndAssess(String title, LocalDate noticed, OpinionLevel level) {
		long id = opinion.collect(editor, new Collect(title, "网民留言", noticed, null)).getId();
		opinion.act(reviewer, id, Action.ASSESS, new Assess(level, "民生", "市住房城乡建设局"));
		return id;
	}

	OpinionEvent respond(long id, HotspotChannel channel, LocalDate on) {
		return opinion.act(editor, id, Action.RESPOND, new Respond(channel, on, null, "发布情况说明", null));
	}

	long hotspotsOf(Agency agency) {
		return jdbc.sql("select count(*) from disclosure_hotspot where agency_id = :a").param("a", agency.getId())
				.query(Long.class).single();
	}

	static BigDecimal delta(TableComputation.Computed before, TableComputation.Computed after, String row) {
		return orZero(after.table().value(row)).subtract(orZero(before.table().value(row)));
	}

	static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	MvcResult apiAct(StaffUser caller, long id, String action, String body) throws Exception {
		return mvc.perform(post("/api/v1/opinion/events/{id}/actions/{action}", id, action).with(user(caller)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).locale(Locale.SIMPLIFIED_CHINESE).content(body)).andReturn();
	}

	String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, StaffUser caller)
			throws Exception {
		MvcResult result = mvc.perform(request.with(user(caller)).locale(Locale.SIMPLIFIED_CHINESE)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static JsonNode read(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	StaffUser account(String name, Agency agency, Role role) {
		String username = "op-" + UUID.randomUUID().toString().substring(0, 8) + "-" + name;
		staff.createAccount(username, "舆情" + name, agency, null, "Opinion-Pass-2017", Set.of(role));
		return (StaffUser) users.loadUserByUsername(username);
	}
}
