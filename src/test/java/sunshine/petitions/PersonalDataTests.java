package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import sunshine.Generator;
import sunshine.Property;
import sunshine.shared.ChineseIdNumber;

/**
 * Redaction of published text: every name, identity number, phone and address becomes the one fixed
 * mask, and nothing else of the sentence changes.
 */
class PersonalDataTests {

	private static final String M = PersonalData.MASK;

	@Test
	void masksTheWholeNameNotAllButTheSurname() {
		// Issue 16: "测试用户 13800000000 反映的问题已处理" was published as "测＊＊＊ ＊＊＊ 反映的问题已处理".
		assertThat(PersonalData.redact("测试用户 13800000000 反映的问题已处理", "测试用户", null, "13800000000", null))
				.isEqualTo(M + " " + M + " 反映的问题已处理");
	}

	@Test
	void leavesOtherWordsWithTheCharactersOfAOneCharacterNameAlone() {
		assertThat(PersonalData.redact("王府井大街的王先生来信", "王", null, null, null)).isEqualTo("王府井大街的王先生来信");
	}

	@Test
	void masksOverlappingValuesOnce() {
		// The address contains the name.
		assertThat(PersonalData.redact("住址马家庄马小明家，来信人马小明", "马小明", null, null, "马家庄马小明家"))
				.isEqualTo("住址" + M + "，来信人" + M);
		assertThat(PersonalData.redact("证件号64010419800101001X，电话0951-6012345或139-9512-3456", null,
				"64010419800101001x", null, null)).isEqualTo("证件号" + M + "，电话" + M + "或" + M);
	}

	@Test
	void leavesTextWithoutPersonalDataUnchanged() {
		String text = "经调查核实，供暖温度已恢复至18℃以上，2025年3月共处理12件。";
		assertThat(PersonalData.redact(text, "马小明", "640104198001010012", "13995123456", "银川市兴庆区")).isEqualTo(text);
	}

	private static final String SURNAMES = "赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜马";
	private static final String GIVEN = "伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平刚桂英华玉萍红娥玲";
	private static final List<String> CITIES = List.of("银川市", "石嘴山市", "吴忠市", "固原市", "中卫市");
	private static final List<String> DISTRICTS = List.of("兴庆区", "西夏区", "金凤区", "利通区", "沙坡头区", "中宁县");
	private static final List<String> STREETS = List.of("解放西街", "北京中路", "正源北街", "文萃南路", "鼓楼东街");
	private static final List<String> SENTENCES = List.of(
			"{N}您好：您反映的问题已转{A}所在社区办理，如有疑问请拨打{P}。",
			"信访人{N}（身份证号{I}）反映，其居住的{A}冬季供暖不达标。",
			"关于{N}反映的事项，经核查属实。联系电话：{P}；住址：{A}。",
			"本人{N}，电话{P}，证件{I}，现住{A}，请求处理物业纠纷。",
			"来信人：{N}\n地址：{A}\n电话：{P}\n身份证：{I}\n内容：路灯损坏。");

	@Test
	void masksEveryGeneratedNamePhoneIdNumberAndAddressExactlyAndChangesNothingElse() {
		Property.forAll(2000, gen -> {
			String name = gen.string(SURNAMES, 1) + gen.string(GIVEN, gen.between(1, 3));
			String phone = gen.bool() ? "1" + gen.oneOf("3", "5", "7", "8", "9") + gen.digits(9)
					: "0951-" + gen.oneOf("5", "6") + gen.digits(6);
			String first17 = "6401" + gen.digits(2) + gen.between(1940, 2005) + String.format("%02d%02d", gen.between(1, 12),
					gen.between(1, 28)) + gen.digits(3);
			String idNumber = first17 + ChineseIdNumber.checkCharacter(first17);
			String address = gen.oneOf(CITIES) + gen.oneOf(DISTRICTS) + gen.oneOf(STREETS) + gen.between(1, 300) + "号"
					+ (gen.bool() ? gen.between(1, 30) + "栋" + gen.between(101, 2602) + "室" : "");
			String template = gen.oneOf(SENTENCES);
			String text = fill(template, name, phone, idNumber, address);
			String expected = fill(template, M, M, M, M);
			// What the citizen typed may differ from what is stored in case and spacing of the number.
			assertThat(PersonalData.redact(text, name, idNumber.toLowerCase(), phone, address)).as(text).isEqualTo(expected);
			// Numbers are masked even when the stored values are not known.
			String withoutValues = fill(template, "某某", phone, idNumber, "某地");
			assertThat(PersonalData.redact(withoutValues, null, null, null, null)).as(withoutValues)
					.isEqualTo(fill(template, "某某", M, M, "某地"));
		});
	}

	private static String fill(String template, String name, String phone, String idNumber, String address) {
		return template.replace("{N}", name).replace("{P}", phone).replace("{I}", idNumber).replace("{A}", address);
	}
}
