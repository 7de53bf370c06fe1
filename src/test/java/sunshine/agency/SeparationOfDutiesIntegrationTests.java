package sunshine.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.internal.StaffAccountRepository;

/**
 * 三员分立: the system administrator, the security administrator and the security auditor each
 * reach their own area and nothing else; business staff reach none of the three; no account
 * combines an administrator's role with another.
 */
@SunshineIntegrationTest
class SeparationOfDutiesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	StaffManagement staff;

	@ParameterizedTest(name = "{0} → system {1}, security {2}, audit {3}")
	@CsvSource({
			"sysadmin,   200, 403, 403",
			"secadmin,   403, 200, 403",
			"auditor,    403, 403, 200",
			"handler,    403, 403, 403",
			"supervisor, 403, 403, 403",
			"reporter,   403, 403, 403" })
	void eachAdministratorReachesOnlyTheirOwnArea(String username, int system, int security, int audit)
			throws Exception {
		var principal = user(users.loadUserByUsername(username));
		mvc.perform(get("/console/system/calendar").with(principal)).andExpect(status().is(system));
		mvc.perform(get("/console/system/agencies").with(principal)).andExpect(status().is(system));
		mvc.perform(get("/console/system/staff").with(principal)).andExpect(status().is(system));
		mvc.perform(get("/console/security/staff").with(principal)).andExpect(status().is(security));
		mvc.perform(get("/console/audit").with(principal)).andExpect(status().is(audit));
		mvc.perform(post("/console/audit/verify").with(principal).with(csrf())).andExpect(status().is(audit));
		mvc.perform(get("/console").with(principal)).andExpect(status().isOk());
	}

	@Test
	void theSecurityAdministratorCannotMakeAnyoneAnAdministratorOnTopOfAnotherRole() throws Exception {
		StaffAccount handler = accounts.findByUsername("handler-640105").orElseThrow();
		mvc.perform(post("/console/security/staff/{id}/roles", handler.getId())
				.param("role", "SECURITY_AUDITOR").param("change", "grant")
				.with(user(users.loadUserByUsername("secadmin"))).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("error", "staff.separationOfDuties"));
		assertThat(accounts.findByUsername("handler-640105").orElseThrow().getRoles()).containsExactly(Role.HANDLER);
	}

	@Test
	void theSecurityAdministratorGrantsBusinessRoles() throws Exception {
		StaffAccount handler = accounts.findByUsername("handler-640106").orElseThrow();
		mvc.perform(post("/console/security/staff/{id}/roles", handler.getId())
				.param("role", "REVIEWER").param("change", "grant")
				.with(user(users.loadUserByUsername("secadmin"))).with(csrf()))
				.andExpect(flash().attribute("message", "staff.roleChanged"));
		assertThat(accounts.findByUsername("handler-640106").orElseThrow().getRoles())
				.containsExactlyInAnyOrder(Role.HANDLER, Role.REVIEWER);
	}

	@Test
	void refusesAConsoleFormPostedWithoutItsCsrfToken() throws Exception {
		StaffAccount handler = accounts.findByUsername("handler-640122").orElseThrow();
		mvc.perform(post("/console/security/staff/{id}/roles", handler.getId())
				.param("role", "REVIEWER").param("change", "grant")
				.with(user(users.loadUserByUsername("secadmin"))))
				.andExpect(status().isForbidden());
		assertThat(accounts.findByUsername("handler-640122").orElseThrow().getRoles()).containsExactly(Role.HANDLER);
	}

	@Test
	void onlyTheSecurityAdministratorGrantsRolesEvenThroughTheService() {
		StaffUser sysadmin = (StaffUser) users.loadUserByUsername("sysadmin");
		long target = accounts.findByUsername("handler-640181").orElseThrow().getId();
		assertThatThrownBy(() -> staff.grantRole(sysadmin, target, Role.REVIEWER))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		StaffUser auditor = (StaffUser) users.loadUserByUsername("auditor");
		assertThatThrownBy(() -> staff.grantRole(auditor, target, Role.REVIEWER))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}
}
