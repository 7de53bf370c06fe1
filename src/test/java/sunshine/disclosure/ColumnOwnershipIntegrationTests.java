package sunshine.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;

/**
 * Portal columns belong to an agency: its disclosure editors alone change them, and the region-wide set
 * (columns of no agency) is changed only by the editors of the agency at the top of the tree.
 */
@SunshineIntegrationTest
class ColumnOwnershipIntegrationTests {

	@Autowired
	DisclosureManagement disclosure;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	AgencyLookup agencies;

	static StaffUser editor(Agency agency) {
		return new StaffUser(0, "probe-editor", "探针", agency.getId(), agency.getCode(), agency.getName(),
				EnumSet.of(Role.DISCLOSURE_EDITOR), "", true, false);
	}

	@Test
	void anEditorChangesOnlyTheirOwnAgencysColumnsAndTheRegionWideSetOnlyFromTheTop() {
		Agency top = agencies.tree().stream().filter(a -> a.getParentId() == null).findFirst().orElseThrow();
		Agency city = agencies.tree().stream().filter(a -> top.getId().equals(a.getParentId())).findFirst().orElseThrow();
		Agency sibling = agencies.tree().stream().filter(a -> top.getId().equals(a.getParentId()) && !a.getId().equals(city.getId()))
				.findFirst().orElseThrow();
		DisclosureColumn catalogue = queries.column("catalogue").orElseThrow();
		assertThat(catalogue.isRegionWide()).isTrue();

		// refusal one: a city's editor does not change the region-wide set
		assertThatThrownBy(() -> disclosure.editColumn(editor(city), "catalogue", "改名", "", 3))
				.isInstanceOf(AccessDeniedException.class);
		assertThat(queries.column("catalogue").orElseThrow().getName()).isEqualTo(catalogue.getName());
		assertThat(disclosure.mayEditColumn(editor(city), catalogue)).isFalse();

		// the city's editor adds a column of the city, and changes it
		String code = "c" + UUID.randomUUID().toString().substring(0, 8);
		DisclosureColumn own = disclosure.addColumn(editor(city), code, "市级专栏", "本市的专栏", 50);
		assertThat(own.getAgencyId()).isEqualTo(city.getId());
		disclosure.editColumn(editor(city), code, "市级专栏（更新）", "本市的专栏", 51);
		assertThat(queries.column(code).orElseThrow().getName()).isEqualTo("市级专栏（更新）");

		// refusal two: the sibling city's editor does not change it, nor does the top's
		assertThatThrownBy(() -> disclosure.editColumn(editor(sibling), code, "别人的栏目", "", 1))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> disclosure.editColumn(editor(top), code, "上级改名", "", 1))
				.isInstanceOf(AccessDeniedException.class);
		assertThat(queries.column(code).orElseThrow().getName()).isEqualTo("市级专栏（更新）");

		// the top's editor keeps the region-wide set and adds to it
		disclosure.editColumn(editor(top), "catalogue", catalogue.getName(), catalogue.getIntro(), catalogue.getSortOrder());
		String wide = "w" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(disclosure.addColumn(editor(top), wide, "全区专栏", "", 60).isRegionWide()).isTrue();
	}
}
