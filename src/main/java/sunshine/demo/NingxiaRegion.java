package sunshine.demo;

import java.util.List;

/**
 * The administrative divisions of the Ningxia Hui Autonomous Region (宁夏回族自治区) with their
 * division codes (GB/T 2260): 5 prefecture-level cities and their 22 counties, districts and
 * county-level cities — the "27个市、县（区）信访部门" of the seed agency's 2017 report.
 */
final class NingxiaRegion {

	private NingxiaRegion() {
	}

	record County(String divisionCode, String name) {
	}

	record City(String divisionCode, String name, List<County> counties) {
	}

	static final String REGION_CODE = "640000";
	static final String REGION_NAME = "宁夏回族自治区";

	static final List<City> CITIES = List.of(
			new City("640100", "银川市", List.of(
					new County("640104", "银川市兴庆区"), new County("640105", "银川市西夏区"),
					new County("640106", "银川市金凤区"), new County("640121", "永宁县"),
					new County("640122", "贺兰县"), new County("640181", "灵武市"))),
			new City("640200", "石嘴山市", List.of(
					new County("640202", "石嘴山市大武口区"), new County("640205", "石嘴山市惠农区"),
					new County("640221", "平罗县"))),
			new City("640300", "吴忠市", List.of(
					new County("640302", "吴忠市利通区"), new County("640303", "吴忠市红寺堡区"),
					new County("640323", "盐池县"), new County("640324", "同心县"),
					new County("640381", "青铜峡市"))),
			new City("640400", "固原市", List.of(
					new County("640402", "固原市原州区"), new County("640422", "西吉县"),
					new County("640423", "隆德县"), new County("640424", "泾源县"),
					new County("640425", "彭阳县"))),
			new City("640500", "中卫市", List.of(
					new County("640502", "中卫市沙坡头区"), new County("640521", "中宁县"),
					new County("640522", "海原县"))));

	static final List<String> REGION_DEPARTMENTS = List.of("办公室", "来信办理处", "来访接待处", "督查督办处",
			"复查复核处", "网上信访处", "政策法规研究处", "信息中心");

	static final List<String> CITY_DEPARTMENTS = List.of("办公室", "来信来访科", "督查督办科", "复查复核科", "网上信访科");

	static final List<String> COUNTY_DEPARTMENTS = List.of("办公室", "来信来访股", "督查督办股");

	/** Departments of the regional government that the regional bureau assigns work to. */
	static final List<String> REGION_UNITS = List.of("自治区人力资源和社会保障厅", "自治区住房和城乡建设厅",
			"自治区自然资源厅", "自治区公安厅", "自治区教育厅", "自治区民政厅", "自治区卫生健康委员会",
			"自治区农业农村厅", "自治区生态环境厅", "自治区市场监督管理厅");

	/** Local departments every city and county bureau assigns work to, after the locality's name. */
	static final List<String> LOCAL_UNITS = List.of("人力资源和社会保障局", "住房和城乡建设局", "自然资源局", "公安局",
			"教育局");
}
