package sunshine.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.internal.StaffAccountRepository;

/** The system administrator opens and disables accounts; roles come only from the security administrator. */
@SunshineIntegrationTest
class AccountAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	AgencyLookup agencies;

	@LocalServerPort
	int port;

	@Test
	void opensAnAccountWithoutRolesThatCanLogIn() throws Exception {
		long guyuan = agencies.byCode("640400-xfj").orElseThrow().getId();
		mvc.perform(post("/console/system/staff").param("username", "clerk.guyuan").param("displayName", "马晓东")
				.param("agencyId", String.valueOf(guyuan)).param("password", "Guyuan-2026x")
				.with(user(users.loadUserByUsername("sysadmin"))).with(csrf()))
				.andExpect(redirectedUrl("/console/system/staff"));
		StaffAccount opened = accounts.findByUsername("clerk.guyuan").orElseThrow();
		assertThat(opened.getRoles()).isEmpty();
		assertThat(opened.getAgencyId()).isEqualTo(guyuan);
		assertThat(new Http(port).get("/api/v1/me", "Authorization", Http.basic("clerk.guyuan", "Guyuan-2026x")).body())
				.contains("\"agencyCode\":\"640400-xfj\"", "\"roles\":[]");
	}

	@Test
	void refusesAWeakPasswordInChineseKeepingWhatWasTyped() throws Exception {
		mvc.perform(post("/console/system/staff").param("username", "clerk.weak").param("displayName", "李四")
				.param("agencyId", String.valueOf(agencies.byCode("640000-xfj").orElseThrow().getId()))
				.param("password", "123456")
				.with(user(users.loadUserByUsername("sysadmin"))).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("密码至少需要 10 位")))
				.andExpect(content().string(Matchers.containsString("value=\"clerk.weak\"")));
		assertThat(accounts.findByUsername("clerk.weak")).isEmpty();
	}

	@Test
	void aDisabledAccountCannotLogIn() throws Exception {
		var http = new Http(port);
		assertThat(http.get("/api/v1/me", "Authorization", Http.basic("handler-640425", "Test-Pass-2017")).statusCode())
				.isEqualTo(200);
		long id = accounts.findByUsername("handler-640425").orElseThrow().getId();
		mvc.perform(post("/console/system/staff/{id}/enabled", id).param("enabled", "false")
				.with(user(users.loadUserByUsername("sysadmin"))).with(csrf()))
				.andExpect(redirectedUrl("/console/system/staff"));
		assertThat(http.get("/api/v1/me", "Authorization", Http.basic("handler-640425", "Test-Pass-2017")).statusCode())
				.isEqualTo(401);
	}

	@Test
	void onlyTheSystemAdministratorOpensAccounts() throws Exception {
		mvc.perform(post("/console/system/staff").param("username", "clerk.sneaky").param("displayName", "王五")
				.param("agencyId", "1").param("password", "Sneaky-2026x")
				.with(user(users.loadUserByUsername("secadmin"))).with(csrf()))
				.andExpect(status().isForbidden());
		assertThat(accounts.findByUsername("clerk.sneaky")).isEmpty();
	}
}
