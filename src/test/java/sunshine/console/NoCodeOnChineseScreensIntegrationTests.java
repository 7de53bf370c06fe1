package sunshine.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.Role;
import sunshine.petitions.Channel;
import sunshine.petitions.PetitionStatus;
import sunshine.petitions.Rating;
import sunshine.petitions.ReviewLevel;
import sunshine.petitions.Step;
import sunshine.requests.ApplicantType;
import sunshine.requests.Delivery;
import sunshine.requests.IntakeChannel;
import sunshine.requests.Outcome;
import sunshine.requests.RequestStatus;

/**
 * No code on a Chinese screen: the staff console (as each case-working role, the supervisor and the
 * auditor, following the links of the petition and request work lists into the cases) and the public
 * forms, their error messages and the tracking pages show labels where a label belongs — no enum constant
 * (an UPPER_SNAKE word or a state, channel or outcome name), no login name, no field id. Genuine
 * identifiers (tracking codes, a category's code on the category page, marked {@code identifier}),
 * what a citizen typed (marked {@code user-text}) and small secondary text are allowed.
 */
@SunshineIntegrationTest
class NoCodeOnChineseScreensIntegrationTests {

	/** Whole ASCII words only: a code glued to Chinese text is still a word of its own. */
	static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_.:/@-])[A-Za-z][A-Za-z0-9_-]*(?![A-Za-z0-9_@])");

	static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

	static final Pattern CAMEL_FIELD = Pattern.compile("[a-z]+[A-Z][A-Za-z]*");

	static final Pattern FIELD_IN_BRACKETS = Pattern.compile("[（(]([a-z][A-Za-z]*)[）)]");

	/** Where the crawl goes: the petition and request work, the home, the audit log, the column settings. */
	static final List<String> PREFIXES = List.of("/console/petitions", "/console/requests", "/console/audit",
			"/console/disclosure/columns");

	/** Files and actions, not pages. */
	static final Pattern NOT_A_PAGE = Pattern.compile(".*(/letters/|/attachments/|\\.pdf|\\.docx|\\.xlsx|/export|/logout).*");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	sunshine.petitions.PetitionManagement petitions;

	@Autowired
	sunshine.requests.DisclosureRequestManagement requests;

	Set<String> enumConstants() {
		var names = new LinkedHashSet<String>();
		Stream.of(Channel.values(), PetitionStatus.values(), ReviewLevel.values(), Step.values(), Rating.values(),
				IntakeChannel.values(), RequestStatus.values(), Outcome.values(), ApplicantType.values(),
				Delivery.values(), Role.values()).flatMap(Stream::of).map(e -> ((Enum<?>) e).name()).forEach(names::add);
		return names;
	}

	Set<String> loginNames() {
		return new LinkedHashSet<>(jdbc.sql("select username from staff_account").query(String.class).list());
	}

	/** What a reader sees of a page: its text without scripts, secondary text, marked identifiers and audit details. */
	static String visibleText(String html) {
		Document page = Jsoup.parse(html);
		// what a citizen typed (a name, a title) is theirs to word, not a label: a fuzzing test may have filed "NATURAL_PERSON"
		page.select("script, style, small, .identifier, .user-text, [hidden], template, .audit-detail").remove();
		return page.body() == null ? "" : page.body().text();
	}

	/**
	 * The details of audit entries: the text an event recorded, its known codes shown by their labels. Other
	 * modules' events may still carry codes that have no label yet (the report checks' rule ids), so here only
	 * login names and field ids are codes; the rest of the audit page is checked like any page.
	 */
	static List<String> codesInAuditDetails(String html, Set<String> enumConstants, Set<String> loginNames) {
		var found = new ArrayList<String>();
		for (var cell : Jsoup.parse(html).select(".audit-detail")) {
			codesIn(cell.text(), enumConstants, loginNames).stream().filter(c -> !c.startsWith("enum constant"))
					.forEach(found::add);
		}
		return found;
	}

	/** The codes on a page, each with the reason it is one. */
	static List<String> codesIn(String text, Set<String> enumConstants, Set<String> loginNames) {
		var found = new ArrayList<String>();
		Matcher brackets = FIELD_IN_BRACKETS.matcher(text);
		while (brackets.find()) {
			found.add("field id " + brackets.group());
		}
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String word = words.group();
			if (UPPER_SNAKE.matcher(word).matches()) {
				found.add("enum constant " + word);
			}
			else if (enumConstants.contains(word)) {
				found.add("enum constant " + word);
			}
			else if (loginNames.contains(word)) {
				found.add("login name " + word);
			}
			else if (CAMEL_FIELD.matcher(word).matches()) {
				found.add("field id " + word);
			}
		}
		return found;
	}

	@Test
	void theCheckFindsEachKindOfCode() {
		var enums = enumConstants();
		var logins = Set.of("registrar", "handler-640522");
		assertThat(codesIn("说明 ONLINE / 经办 anonymous", enums, logins)).containsExactly("enum constant ONLINE");
		assertThat(codesIn("登记交办 REGISTER_AND_ASSIGN 操作人 registrar", enums, logins))
				.containsExactly("enum constant REGISTER_AND_ASSIGN", "login name registrar");
		assertThat(codesIn("请填写信访人姓名（name）。请填写身份证号码（idNumber）", enums, logins))
				.contains("field id （name）", "field id （idNumber）", "field id idNumber");
		assertThat(codesIn("作出答复 R1", enums, logins)).containsExactly("enum constant R1");
		assertThat(codesIn("查询码 XF-2026-ABCD1234 · 640000-xfj · handler-640522 · 2026年12月3日 15:58", enums, logins))
				.containsExactly("login name handler-640522");
	}

	int pagesRead;

	Map<String, List<String>> crawl(UserDetails who, int maxPages) throws Exception {
		var enums = enumConstants();
		var logins = loginNames();
		var problems = new HashMap<String, List<String>>();
		var queue = new ArrayDeque<String>(List.of("/console", "/console/petitions", "/console/requests", "/console/audit",
				"/console/disclosure/columns"));
		var seen = new LinkedHashSet<String>(queue);
		var perShape = new HashMap<String, Integer>();
		int visited = 0;
		while (!queue.isEmpty() && visited < maxPages) {
			String path = queue.poll();
			var response = mvc.perform(get(path).with(user(who))).andReturn().getResponse();
			if (response.getStatus() != 200 || !String.valueOf(response.getContentType()).startsWith("text/html")) {
				continue;
			}
			visited++;
			String html = response.getContentAsString(StandardCharsets.UTF_8);
			var codes = new ArrayList<>(codesIn(visibleText(html), enums, logins));
			codes.addAll(codesInAuditDetails(html, enums, logins));
			if (!codes.isEmpty()) {
				problems.put(who.getUsername() + " " + path, codes);
			}
			for (var link : Jsoup.parse(html).select("a[href]")) {
				String href = link.attr("href");
				if (href.contains("#")) {
					href = href.substring(0, href.indexOf('#'));
				}
				String target = href;
				if (!target.startsWith("/console") || NOT_A_PAGE.matcher(target).matches()
						|| PREFIXES.stream().noneMatch(target::startsWith) || !seen.add(target)) {
					continue;
				}
				// a few cases of each kind are enough: their pages share one template
				String shape = target.replaceAll("\\d+", "N").replaceAll("\\?.*", "?");
				if (perShape.merge(shape, 1, Integer::sum) <= 6) {
					queue.add(target);
				}
			}
		}
		assertThat(visited).as("pages read as %s", who.getUsername()).isGreaterThan(1);
		pagesRead += visited;
		return problems;
	}

	@Test
	void noStaffPageShowsACodeWhereALabelBelongs() throws Exception {
		var problems = new HashMap<String, List<String>>();
		for (String username : List.of("registrar", "handler", "reviewer", "leader", "supervisor", "auditor", "editor")) {
			problems.putAll(crawl(users.loadUserByUsername(username), 60));
		}
		assertThat(problems).isEmpty();
		assertThat(pagesRead).as("pages read in all").isGreaterThan(150);
	}

	String render(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void noPublicFormOrTrackingPageShowsACode() throws Exception {
		var enums = enumConstants();
		var logins = loginNames();
		var problems = new HashMap<String, List<String>>();
		Map<String, RequestBuilder> pages = new java.util.LinkedHashMap<>();
		pages.put("petition form", get("/petitions/submit"));
		pages.put("petition form refused", multipart("/petitions/submit").param("agency", "640000-xfj")
				.param("channel", "ONLINE_COMPLAINT").with(csrf()));
		pages.put("request form", get("/requests/apply"));
		pages.put("request form refused", post("/requests/apply").param("agency", "640000-xfj")
				.param("applicantType", "NATURAL_PERSON").with(csrf()));
		pages.put("request tracking", get("/requests/track"));
		pages.put("petition tracking", get("/petitions/track"));
		// a case of each kind as its citizen tracks it, after a step by staff
		String first17 = "64010419881111002";
		var petition = petitions.submitOnline(new sunshine.petitions.Submission("640000-xfj", "MESSAGE_BOARD", "吴小兰",
				first17 + sunshine.shared.ChineseIdNumber.checkCharacter(first17), "13895007788", null, "公交站台破损",
				"请维修。", "URBAN_WAGES", null));
		long petitionId = jdbc.sql("select id from petition where tracking_code = :c").param("c", petition.trackingCode())
				.query(Long.class).single();
		petitions.act(petitionId, sunshine.petitions.Petition.Action.ACCEPT, new sunshine.shared.workflow.TransitionTable.NoForm(),
				(sunshine.agency.StaffUser) users.loadUserByUsername("registrar"));
		pages.put("a petition tracked", post("/petitions/track").param("code", petition.trackingCode())
				.param("queryCode", petition.queryCode()).with(csrf()));
		var request = requests.submitOnline(new sunshine.requests.RequestApplication("640000-xfj", "NATURAL_PERSON", "吴小兰",
				sunshine.requests.RequestApplication.RESIDENT_ID_CARD, first17 + sunshine.shared.ChineseIdNumber.checkCharacter(first17),
				"", "", "13895007788", "银川市", "", "本区公交站台维修计划", "", "PAPER"));
		pages.put("a request tracked", get("/requests/track").param("code", request.trackingCode())
				.param("queryCode", request.queryCode()));
		for (var page : pages.entrySet()) {
			var codes = codesIn(visibleText(render(page.getValue())), enums, logins);
			if (!codes.isEmpty()) {
				problems.put(page.getKey(), codes);
			}
		}
		assertThat(problems).isEmpty();
		String refused = visibleText(render(multipart("/petitions/submit").param("agency", "640000-xfj")
				.param("channel", "ONLINE_COMPLAINT").with(csrf())));
		assertThat(refused).contains("请填写信访人姓名");
		assertThat(visibleText(render(pages.get("a petition tracked")))).contains(petition.trackingCode(), "受理");
	}
}
