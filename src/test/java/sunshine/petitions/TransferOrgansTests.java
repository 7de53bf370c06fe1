package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;

import sunshine.agency.Agency;

/** 转送 goes to another agency of the tree or to a competent organ the region named, each listed once. */
class TransferOrgansTests {

	static Agency agency(long id, String name) {
		Agency agency = mock(Agency.class);
		when(agency.getId()).thenReturn(id);
		when(agency.getName()).thenReturn(name);
		return agency;
	}

	@Test
	void listsTheOtherAgenciesOfTheTreeThenTheNamedOrgansWithoutTheHolderOrRepeats() {
		Agency region = agency(1, "宁夏回族自治区信访局");
		Agency city = agency(2, "银川市信访局");
		Agency county = agency(3, "永宁县信访局");
		var organs = new TransferOrgans(List.of(" 银川市人民政府 ", "", "银川市信访局", "宁夏回族自治区人力资源和社会保障厅"));
		assertThat(organs.from(city, List.of(region, city, county))).containsExactly("宁夏回族自治区信访局", "永宁县信访局",
				"银川市人民政府", "宁夏回族自治区人力资源和社会保障厅");
		assertThat(new TransferOrgans(List.of()).from(region, List.of(region, city))).containsExactly("银川市信访局");
	}
}
