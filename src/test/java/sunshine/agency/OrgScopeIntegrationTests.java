package sunshine.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sunshine.SunshineIntegrationTest;

/** 数据范围: one's own agency, the agencies below where the role allows, never a sibling's or a superior's. */
@SunshineIntegrationTest
class OrgScopeIntegrationTests {

	@Autowired
	AgencyLookup agencies;

	@Test
	void aHandlerSeesOnlyTheirOwnAgency() {
		OrgScope scope = agencies.scopeOf(staffAt("640100-xfj", Role.HANDLER));
		assertThat(scope.agencyIds()).containsExactly(id("640100-xfj"));
	}

	@Test
	void aCitySupervisorSeesTheCityAndItsCountiesButNoSiblingAndNoSuperior() {
		OrgScope scope = agencies.scopeOf(staffAt("640100-xfj", Role.SUPERVISOR));
		assertThat(scope.agencyIds()).containsExactlyInAnyOrder(id("640100-xfj"), id("640104-xfj"), id("640105-xfj"),
				id("640106-xfj"), id("640121-xfj"), id("640122-xfj"), id("640181-xfj"));
		assertThat(scope.includes(id("640200-xfj"))).isFalse();
		assertThat(scope.includes(id("640202-xfj"))).isFalse();
		assertThat(scope.includes(id("640000-xfj"))).isFalse();
	}

	@Test
	void aCountySupervisorHasNothingBelowAndNoSibling() {
		OrgScope scope = agencies.scopeOf(staffAt("640104-xfj", Role.SUPERVISOR));
		assertThat(scope.agencyIds()).containsExactly(id("640104-xfj"));
	}

	@Test
	void theRegionalSupervisorSeesTheWholeRegion() {
		assertThat(agencies.scopeOf(staffAt("640000-xfj", Role.SUPERVISOR)).agencyIds()).hasSize(28);
	}

	@Test
	void theScopeOfARoleIsNarrowerWhenTheRoleDoesNotReachDown() {
		StaffUser both = new StaffUser(0, "x", "x", id("640300-xfj"), "640300-xfj", "吴忠市信访局",
				Set.of(Role.HANDLER, Role.REPORT_EDITOR), "", true, false);
		assertThat(agencies.scopeOf(both, Role.HANDLER).agencyIds()).containsExactly(id("640300-xfj"));
		assertThat(agencies.scopeOf(both, Role.REPORT_EDITOR).agencyIds()).hasSize(6);
	}

	private StaffUser staffAt(String code, Role role) {
		return new StaffUser(0, "probe", "probe", id(code), code, code, Set.of(role), "", true, false);
	}

	private long id(String code) {
		return agencies.byCode(code).orElseThrow().getId();
	}
}
