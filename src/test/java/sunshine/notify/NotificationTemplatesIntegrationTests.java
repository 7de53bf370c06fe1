package sunshine.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.IntakeChannel;
import sunshine.requests.RequestApplication;

/**
 * Each agency words its own messages: a county registrar rewords the 受理 message on the console, the next
 * acceptance of that county is told in those words (another agency keeps the default), and the default
 * comes back once the registrar confirms; every change is audited.
 */
@SunshineIntegrationTest
class NotificationTemplatesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	DisclosureRequestManagement requests;

	@Autowired
	sunshine.MutableClock clock;

	StaffUser registrarOf(String code) {
		var agency = agencies.byCode(code).orElseThrow();
		return new StaffUser(0, "registrar-" + code, "登记员", agency.getId(), agency.getCode(), agency.getName(),
				Set.of(Role.REGISTRAR, Role.HANDLER), "", true, false);
	}

	String acceptedTitle(StaffUser staff) {
		var submission = requests.registerOnBehalf(staff, IntakeChannel.IN_PERSON, java.time.LocalDate.now(clock), null,
				new RequestApplication(staff.agencyCode(), "自然人", "模板甲", null, "640102198001011232", null, null,
						"13895000401", "银川市", "template@example.cn", "模板测试：某年度工作报告", null, "纸质"));
		long id = jdbc.sql("select id from disclosure_request where tracking_code = :c")
				.param("c", submission.trackingCode()).query(Long.class).single();
		requests.accept(staff, id, null);
		return jdbc.sql("select title from notification where subject = :s and step = 'REQUEST_ACCEPTED'")
				.param("s", "request:" + submission.trackingCode()).query(String.class).single()
				+ "|" + submission.trackingCode();
	}

	@Test
	void aCountyRewordsItsAcceptanceMessageAndRestoresTheDefaultOnlyWhenConfirmed() throws Exception {
		var county = registrarOf("640105-xfj");
		var other = registrarOf("640106-xfj");
		String page = mvc.perform(get("/console/notify/templates").with(user(county))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("告知模板", "受理", "默认模板").doesNotContain("REQUEST_ACCEPTED</");

		mvc.perform(post("/console/notify/templates").with(user(county)).with(csrf()).param("step", "REQUEST_ACCEPTED")
				.param("title", "【{agency}】已受理 {trackingCode}").param("body", "{trackingCode} 于{date}受理。"));
		String[] custom = acceptedTitle(county).split("\\|");
		assertThat(custom[0]).isEqualTo("【" + agencies.byCode("640105-xfj").orElseThrow().getName() + "】已受理 " + custom[1]);
		String[] untouched = acceptedTitle(other).split("\\|");
		assertThat(untouched[0]).contains("政府信息公开申请已受理", untouched[1]);

		// restoring the default needs the confirmation box
		mvc.perform(post("/console/notify/templates").with(user(county)).with(csrf()).param("step", "REQUEST_ACCEPTED")
				.param("reset", "yes"));
		assertThat(acceptedTitle(county).split("\\|")[0]).contains("已受理 ");
		mvc.perform(post("/console/notify/templates").with(user(county)).with(csrf()).param("step", "REQUEST_ACCEPTED")
				.param("reset", "yes").param("confirmed", "true"));
		assertThat(acceptedTitle(county).split("\\|")[0]).contains("政府信息公开申请已受理");

		assertThat(jdbc.sql("select action from audit_entry where subject = :s order by seq")
				.param("s", "notify-template:640105-xfj:REQUEST_ACCEPTED").query(String.class).list())
				.containsExactly("notify.template.changed", "notify.template.reset");
		// an empty text is refused with a Chinese message and changes nothing
		var refused = mvc.perform(post("/console/notify/templates").with(user(county)).with(csrf())
				.param("step", "REQUEST_ACCEPTED").param("title", "").param("body", "")).andReturn();
		assertThat((String) refused.getFlashMap().get("failure")).contains("标题和正文都不能为空");
	}
}
