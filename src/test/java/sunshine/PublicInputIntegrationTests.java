package sunshine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.abuse.AbuseSettings;
import sunshine.shared.ChineseIdNumber;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input on the public JSON endpoints, one field at a time: each try starts from a valid body
 * (generated anew: its own name, identity number, phone, title) and either sends it as it is or
 * changes exactly one field — removes it, empties it, makes it one character too long or exactly as
 * long as allowed, gives it the wrong type, an invalid identity number, HTML and script, emoji and
 * rare CJK (GB 18030 four-byte characters such as 𠀀), control characters. What the form's rules
 * say (SPEC: required fields, lengths, checks) is written beside each change: accepted (201, exactly
 * one record, kept as typed) or refused (400, a Chinese message naming exactly that field, nothing
 * stored); never a 5xx. Both verdicts must come up in every run.
 */
@SunshineIntegrationTest
class PublicInputIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final int TRIES = 150;
	static final String CJK = "宁夏回族自治区银川市兴庆区解放东街";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AbuseSettings abuse;

	@LocalServerPort
	int port;

	/** One change of one field, and what the form's rules make of it. */
	record Change(String field, Object value, boolean removed, boolean accepted, String what) {
		static Change set(String field, Object value, boolean accepted, String what) {
			return new Change(field, value, false, accepted, what);
		}

		static Change remove(String field, boolean accepted) {
			return new Change(field, null, true, accepted, "removed");
		}
	}

	static String cjk(int length) {
		return CJK.repeat(length / CJK.length() + 1).substring(0, length);
	}

	static String validIdNumber(Generator gen) {
		String first17 = gen.oneOf("640102", "640104", "110105") + String.format("%04d%02d%02d", gen.between(1930, 2008),
				gen.between(1, 12), gen.between(1, 28)) + gen.digits(3);
		return first17 + ChineseIdNumber.checkCharacter(first17);
	}

	/** The same number with a wrong check character. */
	static String wrongCheck(String idNumber) {
		char right = idNumber.charAt(17);
		return idNumber.substring(0, 17) + (right == '0' ? '1' : '0');
	}

	/** Values any free-text field keeps as typed. */
	static Object oddButFine(Generator gen) {
		return gen.oneOf("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>", "𠀀𠀁😀👨‍👩‍👧",
				"'; drop table petition; --", "&amp;&lt;", "反向\u202e文字");
	}

	static Map<String, Object> validPetition(Generator gen) {
		var body = new LinkedHashMap<String, Object>();
		body.put("agency", "640522-xfj"); // a county bureau: the fuzz's filings stay out of the region's work lists
		body.put("channel", gen.oneOf("网上投诉", "ONLINE_COMPLAINT"));
		body.put("name", gen.oneOf("属性测试", "欧阳", "阿依古丽·买买提"));
		body.put("idNumber", validIdNumber(gen));
		body.put("phone", "1389500" + gen.digits(4));
		body.put("address", "银川市兴庆区");
		body.put("title", "属性测试标题" + gen.digits(9));
		body.put("content", "属性测试内容：" + gen.string("路灯供暖物业", 12));
		body.put("category", "URBAN_HOUSING");
		return body;
	}

	/** A change to one field of a petition, with the verdict the petition form's rules give. */
	static Change petitionChange(Generator gen, Map<String, Object> body) {
		String field = gen.oneOf(List.copyOf(body.keySet()));
		if (gen.oneIn(8)) {
			field = "visitors";
		}
		boolean required = !field.equals("address");
		return switch (gen.between(0, 6)) {
			case 0 -> Change.remove(field, !required || field.equals("visitors"));
			case 1 -> Change.set(field, gen.oneOf("", "   ", "\u3000"), !required, "blank");
			case 2 -> switch (field) {
				case "name" -> gen.bool() ? Change.set(field, cjk(50), true, "50 characters")
						: Change.set(field, cjk(51), false, "51 characters");
				case "title" -> gen.bool() ? Change.set(field, cjk(100), true, "100 characters")
						: Change.set(field, cjk(101), false, "101 characters");
				case "content" -> gen.bool() ? Change.set(field, cjk(5000), true, "5000 characters")
						: Change.set(field, cjk(5001), false, "5001 characters");
				case "address" -> gen.bool() ? Change.set(field, cjk(200), true, "200 characters")
						: Change.set(field, cjk(201), false, "201 characters");
				case "visitors" -> gen.oneOf(Change.set(field, 1, true, "1"), Change.set(field, 10000, true, "10000"),
						Change.set(field, 0, false, "0"), Change.set(field, 10001, false, "10001"));
				default -> Change.set(field, "不存在的" + field, false, "unknown value");
			};
			case 3 -> switch (field) {
				case "idNumber" -> gen.oneOf(Change.set(field, wrongCheck((String) body.get(field)), false, "wrong check"),
						Change.set(field, ((String) body.get(field)).substring(0, 17), false, "17 characters"),
						Change.set(field, 640102198507151232L, true, "a JSON number"));
				case "phone" -> gen.oneOf(Change.set(field, "12812345678", false, "not a mainland number"),
						Change.set(field, "5057143", false, "no area code"),
						Change.set(field, "0951-5057143", true, "a landline"));
				case "visitors" -> Change.set(field, gen.oneOf("三", "1e309", "[1]"), false, "not a number");
				case "channel" -> Change.set(field, gen.oneOf("来访", "VISIT"), false, "not an online channel");
				default -> Change.set(field, gen.oneOf(List.of("数组", 1), Map.of("对象", true)), false, "array or object: a wrong JSON type, refused by name");
			};
			default -> switch (field) {
				case "name", "title", "content", "address" -> Change.set(field, oddButFine(gen), true, "markup or rare text");
				case "visitors" -> Change.set(field, gen.between(1, 10000), true, "a count");
				default -> Change.set(field, oddButFine(gen), false, "markup instead of a code");
			};
		};
	}

	static Map<String, Object> validRequest(Generator gen) {
		var body = new LinkedHashMap<String, Object>();
		body.put("agency", "640000-xfj");
		body.put("applicantType", gen.oneOf("自然人", "NATURAL_PERSON"));
		body.put("name", gen.oneOf("属性申请人", "欧阳"));
		body.put("idNumber", validIdNumber(gen));
		body.put("phone", "1389500" + gen.digits(4));
		body.put("address", "银川市金凤区");
		body.put("description", "属性测试所需信息" + gen.digits(9));
		return body;
	}

	/** A change to one field of an application, with the verdict the application form's rules give. */
	static Change requestChange(Generator gen, Map<String, Object> body) {
		String field = gen.oneOf("agency", "applicantType", "name", "idNumber", "phone", "address", "description",
				"purpose", "email", "contactPerson", "delivery");
		boolean required = body.containsKey(field);
		return switch (gen.between(0, 6)) {
			case 0 -> Change.remove(field, !required);
			case 1 -> Change.set(field, gen.oneOf("", "   "), !required, "blank");
			case 2 -> switch (field) {
				case "name", "contactPerson" -> gen.bool() ? Change.set(field, cjk(100), true, "100 characters")
						: Change.set(field, cjk(101), false, "101 characters");
				case "address" -> gen.bool() ? Change.set(field, cjk(200), true, "200 characters")
						: Change.set(field, cjk(201), false, "201 characters");
				case "description" -> gen.bool() ? Change.set(field, cjk(4000), true, "4000 characters")
						: Change.set(field, cjk(4001), false, "4001 characters");
				case "purpose" -> gen.bool() ? Change.set(field, cjk(1000), true, "1000 characters")
						: Change.set(field, cjk(1001), false, "1001 characters");
				case "email" -> Change.set(field, "x".repeat(64) + "@" + "y".repeat(200) + ".cn", false, "over 254");
				default -> Change.set(field, "不存在的" + field, false, "unknown value");
			};
			case 3 -> switch (field) {
				case "idNumber" -> gen.oneOf(Change.set(field, wrongCheck((String) body.get(field)), false, "wrong check"),
						Change.set(field, "64010219850230123" + "4", false, "no such birth date"));
				case "phone" -> Change.set(field, "12812345678", false, "not a mainland number");
				case "email" -> gen.oneOf(Change.set(field, "a@example.cn", true, "an address"),
						Change.set(field, "不是邮箱", false, "not an address"));
				case "delivery" -> gen.oneOf(Change.set(field, "PAPER", true, "paper"),
						Change.set(field, "飞鸽传书", false, "unknown way"));
				default -> Change.set(field, gen.oneOf(List.of("数组", 1), Map.of("对象", true)), false, "array or object: a wrong JSON type, refused by name");
			};
			default -> switch (field) {
				case "name", "address", "description", "purpose", "contactPerson" ->
					Change.set(field, oddButFine(gen), true, "markup or rare text");
				case "email" -> Change.set(field, oddButFine(gen), false, "markup instead of an address");
				default -> Change.set(field, oddButFine(gen), false, "markup instead of a code");
			};
		};
	}

	@Test
	void thePetitionEndpointAcceptsEachValidBodyAndRefusesEachBadFieldByName() throws Exception {
		exercise("/api/v1/petitions", "petition", PublicInputIntegrationTests::validPetition,
				PublicInputIntegrationTests::petitionChange);
	}

	@Test
	void theRequestEndpointAcceptsEachValidBodyAndRefusesEachBadFieldByName() throws Exception {
		exercise("/api/v1/requests", "disclosure_request", PublicInputIntegrationTests::validRequest,
				PublicInputIntegrationTests::requestChange);
	}

	@Test
	void bodiesThatAreNotJsonAreRefusedPlainly() throws Exception {
		for (String path : List.of("/api/v1/petitions", "/api/v1/requests")) {
			for (String body : List.of("", "{", "not json at all", "[1,2,3]", "{\"agency\":", "\u0000\u0001")) {
				MockHttpServletResponse response = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
						.content(body)).andReturn().getResponse();
				assertThat(response.getStatus()).as(path + " " + body).isEqualTo(400);
				assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path + " " + body)
						.containsPattern("\\p{IsHan}");
			}
		}
	}

	/** A valid petition of exactly {@code bytes} bytes: spaces before the closing brace make up the size. */
	static String petitionOfSize(String title, int bytes) {
		String json = """
				{"agency":"640000-xfj","channel":"网上投诉","name":"限长测试","idNumber":"640102198507151232",\
				"phone":"13895000003","address":"银川市西夏区","title":"%s","content":"路灯损坏，夜间出行不便。",\
				"category":"URBAN_HOUSING"}""".formatted(title);
		int padding = bytes - json.getBytes(StandardCharsets.UTF_8).length;
		return json.substring(0, json.length() - 1) + " ".repeat(padding) + "}";
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413InTheCallersLanguageAndOneAtTheLimitIsRead() throws Exception {
		int limit = abuse.maxJsonBytes();
		assertThat(limit).isEqualTo(65536);
		long before = count("petition");
		String title = "限长边界" + new java.util.Random().nextInt(1_000_000);
		String atLimit = petitionOfSize(title, limit);
		assertThat(atLimit.getBytes(StandardCharsets.UTF_8)).hasSize(limit);
		assertThat(mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content(atLimit))
				.andReturn().getResponse().getStatus()).isEqualTo(201);
		for (String path : List.of("/api/v1/petitions", "/api/v1/requests")) {
			String over = petitionOfSize(title + "超", limit + 1);
			MockHttpServletResponse chinese = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(over))
					.andReturn().getResponse();
			assertThat(chinese.getStatus()).isEqualTo(413);
			assertThat(chinese.getContentAsString(StandardCharsets.UTF_8)).contains("\"error\":\"payload-too-large\"",
					"提交的内容过大：每次提交不能超过 64 KB");
			MockHttpServletResponse english = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
					.header("Accept-Language", "en").content(over)).andReturn().getResponse();
			assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("The submission is too large: at most 64 KB");
			MockHttpServletResponse byParameter = mvc.perform(post(path + "?lang=en")
					.contentType(MediaType.APPLICATION_JSON).content(over)).andReturn().getResponse();
			assertThat(byParameter.getStatus()).isEqualTo(413);
			assertThat(byParameter.getContentAsString(StandardCharsets.UTF_8)).contains("The submission is too large");
			MockHttpServletResponse notJson = mvc.perform(post(path).contentType(MediaType.TEXT_PLAIN)
					.content(new byte[limit * 4])).andReturn().getResponse();
			assertThat(notJson.getStatus()).isEqualTo(413);
		}
		assertThat(count("petition") - before).as("only the body at the limit is stored").isEqualTo(1);
	}

	@Test
	void aChunkedBodyIsCountedWhileReadingAndRefusedPastTheLimit() throws Exception {
		var client = java.net.http.HttpClient.newHttpClient();
		long before = count("petition");
		String title = "分块上传" + new java.util.Random().nextInt(1_000_000);
		// A body without Content-Length (chunked), one byte over the limit, then one far over it.
		for (int size : List.of(abuse.maxJsonBytes() + 1, 3 * abuse.maxJsonBytes())) {
			byte[] over = petitionOfSize(title, size).getBytes(StandardCharsets.UTF_8);
			var response = client.send(java.net.http.HttpRequest.newBuilder(
					java.net.URI.create("http://localhost:" + port + "/api/v1/petitions"))
					.header("Content-Type", "application/json")
					.POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(over)))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as("chunked body of %d bytes", size).isEqualTo(413);
			assertThat(response.body()).contains("提交的内容过大");
		}
		// Within the limit, the chunked body that was counted is read by the endpoint as sent.
		byte[] within = petitionOfSize(title, 2000).getBytes(StandardCharsets.UTF_8);
		var accepted = client.send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + "/api/v1/petitions"))
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(within)))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
		assertThat(count("petition") - before).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from petition where title = :t").param("t", title).query(Long.class).single())
				.isEqualTo(1);
	}

	private void exercise(String path, String table, Function<Generator, Map<String, Object>> valid,
			BiFunction<Generator, Map<String, Object>, Change> changes) {
		int[] verdicts = new int[2];
		Property.forAll(TRIES, gen -> {
			Map<String, Object> body = valid.apply(gen);
			Change change = gen.oneIn(4) ? null : changes.apply(gen, body);
			if (change != null && change.removed()) {
				body.remove(change.field());
			}
			else if (change != null) {
				body.put(change.field(), change.value());
			}
			boolean accepted = change == null || change.accepted();
			String json = JSON.writeValueAsString(body);
			String described = change == null ? "valid body" : change.field() + ": " + change.what();
			long before = count(table);
			MockHttpServletResponse response = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json))
					.andReturn().getResponse();
			String answer = response.getContentAsString(StandardCharsets.UTF_8);
			if (accepted) {
				assertThat(response.getStatus()).as(described + " " + answer).isEqualTo(201);
				String code = JSON.readTree(answer).get("trackingCode").asString();
				assertThat(jdbc.sql("select count(*) from " + table + " where tracking_code = :c").param("c", code)
						.query(Long.class).single()).as(described).isEqualTo(1);
				verdicts[0]++;
			}
			else {
				assertThat(response.getStatus()).as(described + " " + answer).isEqualTo(400);
				assertThat(answer).as(described).containsPattern("\"message\":\"[^\"]*\\p{IsHan}");
				assertThat(fields(answer))
						.as(described + " " + answer).containsExactly(change.field());
				assertThat(count(table)).as("a refused body stores nothing: " + described).isEqualTo(before);
				verdicts[1]++;
			}
		});
		assertThat(verdicts[0]).as("bodies accepted").isGreaterThanOrEqualTo(TRIES / 8);
		assertThat(verdicts[1]).as("bodies refused").isGreaterThanOrEqualTo(TRIES / 8);
	}

	private static List<String> fields(String answer) {
		List<String> fields = new java.util.ArrayList<>();
		JSON.readTree(answer).get("fields").forEach(f -> fields.add(f.asString()));
		return fields;
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
