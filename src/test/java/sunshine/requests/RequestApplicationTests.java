package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad input is named field by field; good input is normalised. */
class RequestApplicationTests {

	// 64010219800101123 + check character: Σ(digit × weight) = 6·7+4·9+0·10+1·5+0·8+2·4+1·2+9·1+8·6+0·3+0·7+1·9+0·10+1·5+1·8+2·4+3·2
	// = 42+36+0+5+0+8+2+9+48+0+0+9+0+5+8+8+6 = 186; 186 mod 11 = 10 → check character '2'
	static final String ID = "640102198001011232";

	static RequestApplication person(String idNumber, String phone) {
		return new RequestApplication("640000-xfj", "自然人", "张三", null, idNumber, null, null, phone, "银川市解放西街1号",
				null, "2024年信访事项办理情况", null, "纸质");
	}

	@Test
	void acceptsAPersonWithAValidIdentityNumber() {
		assertThat(person(ID, "13895000000").problems()).isEmpty();
		var applicant = person(ID, "0951-5057143").applicant();
		assertThat(applicant.getType()).isEqualTo(ApplicantType.NATURAL_PERSON);
		assertThat(applicant.getIdType()).isEqualTo("居民身份证");
		assertThat(applicant.getKey()).isEqualTo("P:" + ID);
	}

	@Test
	void namesEveryBadFieldAtOnce() {
		var bad = new RequestApplication("", "个体户", "", null, "640102198001011233", null, null, "12345", "", null, " ",
				null, "飞鸽传书");
		assertThat(bad.problems()).extracting(RequestApplication.Problem::field)
				.containsExactly("agency", "applicantType", "name", "phone", "delivery", "address", "description");
		assertThat(person("640102198001011233", "13895000000").problems()).extracting(RequestApplication.Problem::field)
				.containsExactly("idNumber");
	}

	@Test
	void checksTheCreditCodeOfAnOrganisation() {
		var firm = new RequestApplication("640000-xfj", "商业企业", "宁夏某某有限公司", null, null, "91640100MA76A1B2C0", "李四",
				"13895000000", null, "a@b.cn", "某项目环评批复", null, "电子邮件");
		assertThat(firm.problems()).extracting(RequestApplication.Problem::field).contains("creditCode");
	}
}
