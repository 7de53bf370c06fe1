package sunshine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;

import sunshine.shared.ChineseIdNumber;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen's personal data on the staff pages: masked for everyone by default; shown in full only
 * to the case staff of the record's own agency (登记、承办、审核、签发) who ask for it, once, with the
 * reveal in the audit log; refused — and not recorded — for a parent agency's leader or supervisor.
 * Letters, which carry the applicant's name, follow the same rule.
 */
@SunshineIntegrationTest
class PersonalDataRevealIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	record Case(long id, String code) {
	}

	private String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String revealDetail(String subject) {
		return jdbc.sql("select detail from audit_entry where action = 'personal-data.revealed' and subject = :s")
				.param("s", subject).query(String.class).single();
	}

	private long reveals(String subject) {
		return jdbc.sql("select count(*) from audit_entry where action = 'personal-data.revealed' and subject = :s")
				.param("s", subject).query(Long.class).single();
	}

	/** Asks for the full view of a case page, then follows the redirect with its flash, as a browser does. */
	private String revealThenView(String page, String username, String reason) throws Exception {
		MvcResult revealed = mvc.perform(post(page + "/personal-data").param("reason", reason).with(as(username))
				.with(csrf())).andReturn();
		assertThat(revealed.getResponse().getStatus()).isEqualTo(302);
		return body(mvc.perform(get(page).with(as(username))
				.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, revealed.getFlashMap())).andReturn());
	}

	private Case request(String idNumber, String phone) throws Exception {
		var created = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content("""
				{"agency":"640100-xfj","applicantType":"自然人","name":"欧阳明月","idNumber":"%s","phone":"%s",
				 "address":"银川市兴庆区解放西街369号","email":"ouyang@example.cn","description":"脱敏测试所需信息 %s"}
				""".formatted(idNumber, phone, UUID.randomUUID()))).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String code = JSON.readTree(body(created)).get("trackingCode").asString();
		long id = jdbc.sql("select id from disclosure_request where tracking_code = :c").param("c", code)
				.query(Long.class).single();
		return new Case(id, code);
	}

	private Case petition(String idNumber, String phone) throws Exception {
		var created = mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("""
				{"agency":"640100-xfj","channel":"网上投诉","name":"马小明","idNumber":"%s","phone":"%s",
				 "address":"银川市金凤区北京中路1号","title":"脱敏测试 %s","content":"小区供暖不达标，物业不予处理。",
				 "category":"URBAN_HOUSING"}
				""".formatted(idNumber, phone, UUID.randomUUID()))).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String code = JSON.readTree(body(created)).get("trackingCode").asString();
		long id = jdbc.sql("select id from petition where tracking_code = :c").param("c", code).query(Long.class).single();
		return new Case(id, code);
	}

	@Test
	void aRequestShowsMaskedDataUntilTheHandlerRevealsItAndTheRevealIsAudited() throws Exception {
		String idNumber = "640102198001011232";
		Case request = request(idNumber, "13895017731");
		String page = body(mvc.perform(get("/console/requests/" + request.id()).with(as("handler-640100"))).andReturn());
		assertThat(page).contains("欧***", "640102********1232", "138****7731", "银川市兴庆区****", "o***@example.cn",
				"reveal-personal-data");
		assertThat(page).doesNotContain(idNumber, "13895017731", "欧阳明月", "解放西街369号", "ouyang@example.cn");
		assertThat(reveals("request:" + request.code())).isZero();

		String full = revealThenView("/console/requests/" + request.id(), "handler-640100", "电话联系申请人补正");
		assertThat(full).contains(idNumber, "13895017731", "欧阳明月", "银川市兴庆区解放西街369号", "ouyang@example.cn",
				"personal-data-revealed");
		var entry = jdbc.sql("""
				select actor, detail from audit_entry
				where action = 'personal-data.revealed' and subject = :s""").param("s", "request:" + request.code())
				.query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single();
		assertThat(entry).isEqualTo("handler-640100 fields=name,idNumber,phone,address,email; reason=电话联系申请人补正");

		// shown once: the next view is masked again
		String again = body(mvc.perform(get("/console/requests/" + request.id()).with(as("handler-640100"))).andReturn());
		assertThat(again).contains("640102********1232").doesNotContain(idNumber);
	}

	@Test
	void aParentAgencysLeaderSeesMaskedDataAndCannotRevealItOrDownloadLetters() throws Exception {
		Case request = request("640102198001011232", "13895017732");
		String page = body(mvc.perform(get("/console/requests/" + request.id()).with(as("leader"))).andReturn());
		assertThat(page).contains("138****7732", "personal-data-masked").doesNotContain("13895017732",
				"reveal-personal-data", "/letters/RECEIPT.pdf");

		assertThat(mvc.perform(post("/console/requests/" + request.id() + "/personal-data").with(as("leader")).with(csrf()))
				.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/console/requests/" + request.id() + "/letters/RECEIPT.pdf").with(as("leader")))
				.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(reveals("request:" + request.code())).isZero();

		// the handler of the agency itself downloads the receipt, and the download is recorded
		MvcResult letter = mvc.perform(get("/console/requests/" + request.id() + "/letters/RECEIPT.pdf")
				.with(as("handler-640100"))).andReturn();
		assertThat(letter.getResponse().getStatus()).isEqualTo(200);
		assertThat(letter.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
		assertThat(revealDetail("request:" + request.code()))
				.isEqualTo("fields=name; reason=letter RECEIPT.pdf");
	}

	@Test
	void aPetitionShowsMaskedDataUntilTheHandlerRevealsItAndNobodyAboveCanReveal() throws Exception {
		String idNumber = "64010419800101001" + ChineseIdNumber.checkCharacter("64010419800101001");
		Case petition = petition(idNumber, "13995017733");
		String masked = body(mvc.perform(get("/console/petitions/" + petition.id()).with(as("handler-640100"))).andReturn());
		assertThat(masked).contains("马**", "640104********" + idNumber.substring(14), "139****7733", "银川市金凤区****",
				"reveal-personal-data");
		assertThat(masked).doesNotContain(idNumber, "13995017733", "马小明", "北京中路1号");

		// the region's supervisor sees the city's petition in its scope, masked, and may not reveal it
		String above = body(mvc.perform(get("/console/petitions/" + petition.id()).with(as("supervisor"))).andReturn());
		assertThat(above).contains("139****7733").doesNotContain("13995017733", "reveal-personal-data");
		assertThat(mvc.perform(post("/console/petitions/" + petition.id() + "/personal-data").with(as("supervisor"))
				.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(reveals("petition:" + petition.code())).isZero();

		String full = revealThenView("/console/petitions/" + petition.id(), "handler-640100", "");
		assertThat(full).contains(idNumber, "13995017733", "马小明", "银川市金凤区北京中路1号");
		assertThat(revealDetail("petition:" + petition.code()))
				.isEqualTo("fields=name,idNumber,phone,address");
	}

	@Test
	void aFlashFromAnotherUserDoesNotRevealToSomeoneWhoMayNotSee() throws Exception {
		Case request = request("640102198001011232", "13895017734");
		MvcResult revealed = mvc.perform(post("/console/requests/" + request.id() + "/personal-data")
				.with(as("handler-640100")).with(csrf())).andReturn();
		String page = body(mvc.perform(get("/console/requests/" + request.id()).with(as("leader"))
				.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, revealed.getFlashMap())).andReturn());
		assertThat(page).contains("138****7734").doesNotContain("13895017734");
	}
}
