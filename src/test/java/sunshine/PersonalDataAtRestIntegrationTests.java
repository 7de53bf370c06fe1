package sunshine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 个人信息加密存储: reading the database directly finds no citizen's name, identity number, phone
 * or address in clear — neither for a new application nor in the demo data.
 */
@SunshineIntegrationTest
class PersonalDataAtRestIntegrationTests {

	static final String ID = "640102198507151232";
	static final String PHONE = "13895001234";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesAnApplicantsPersonalDataOnlyEncrypted() throws Exception {
		String body = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content("""
				{"agency":"640000-xfj","applicantType":"自然人","name":"加密测试人","idNumber":"%s","phone":"%s",
				 "address":"银川市金凤区北京中路168号","description":"本局2024年政府信息公开工作年度报告全文"}
				""".formatted(ID, PHONE)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String trackingCode = body.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");

		Map<String, Object> row = jdbc.sql("""
				select applicant_name, id_number, phone, address, applicant_key from disclosure_request
				where tracking_code = :code""").param("code", trackingCode).query().singleRow();
		assertThat(String.valueOf(row.get("applicant_name"))).startsWith("sm4:v1:").doesNotContain("加密测试人");
		assertThat(String.valueOf(row.get("id_number"))).startsWith("sm4:v1:").doesNotContain(ID);
		assertThat(String.valueOf(row.get("phone"))).startsWith("sm4:v1:").doesNotContain(PHONE);
		assertThat(String.valueOf(row.get("address"))).startsWith("sm4:v1:").doesNotContain("北京中路");
		assertThat(String.valueOf(row.get("applicant_key"))).matches("[0-9a-f]{64}").doesNotContain(ID);
	}

	@Test
	void storesAPetitionersPersonalDataOnlyEncrypted() throws Exception {
		String body = mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("""
				{"agency":"640000-xfj","channel":"网上投诉","name":"信访加密人","idNumber":"%s","phone":"13895004321",
				 "address":"银川市西夏区文萃南街100号","title":"小区供暖温度不达标","content":"入冬以来室温长期低于十六度，请督促整改。",
				 "category":"URBAN_HOUSING"}
				""".formatted(ID)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String trackingCode = body.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");
		Map<String, Object> row = jdbc.sql("""
				select petitioner_name, id_number, phone, address, id_number_index from petition
				where tracking_code = :code""").param("code", trackingCode).query().singleRow();
		assertThat(String.valueOf(row.get("petitioner_name"))).startsWith("sm4:v1:").doesNotContain("信访加密人");
		assertThat(String.valueOf(row.get("id_number"))).startsWith("sm4:v1:").doesNotContain(ID);
		assertThat(String.valueOf(row.get("phone"))).startsWith("sm4:v1:").doesNotContain("13895004321");
		assertThat(String.valueOf(row.get("address"))).startsWith("sm4:v1:").doesNotContain("文萃南街");
		assertThat(String.valueOf(row.get("id_number_index"))).matches("[0-9a-f]{64}");
	}

	@Test
	void theDemoDataHoldsNoIdentityNumberOrPhoneInClear() {
		List<String> petitions = jdbc.sql("select id_number, phone from petition")
				.query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list().stream()
				.filter(value -> value.matches(".*(\\d{17}[\\dX]|1[3-9]\\d{9}).*")).toList();
		assertThat(petitions).isEmpty();
		assertThat(jdbc.sql("select count(*) from petition").query(Long.class).single()).isGreaterThan(1000);
		List<String> clear = jdbc.sql("select id_number, phone from disclosure_request")
				.query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list().stream()
				.filter(value -> value.matches(".*(\\d{17}[\\dX]|1[3-9]\\d{9}).*")).toList();
		assertThat(clear).isEmpty();
		assertThat(jdbc.sql("select count(*) from disclosure_request").query(Long.class).single()).isGreaterThan(100);
	}
}
