package sunshine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.shared.PersonalDataCipher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated bad input of the kinds an outside probe used (issue 15): bodies in other character
 * sets, JSON values of the wrong type, text of invisible characters only, bidirectional controls
 * — against both public JSON endpoints, through the real server. Seeded: a failure prints the seed,
 * and {@code -Dsunshine.seed=…} replays it. Whatever comes, no answer is a 5xx; every refusal is a
 * 400/415 whose Chinese message and {@code fields} name what is wrong; what is stored is what was
 * meant (decoded in its charset, without bidi controls).
 */
@SunshineIntegrationTest
class GeneratedEncodingInputIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final int CASES = 25;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	static long seed() {
		String given = System.getProperty("sunshine.seed");
		return given != null && !given.isBlank() ? Long.parseLong(given.strip()) : new Random().nextLong();
	}

	/** Runs the property with a seeded generator; a failure names the seed to replay it. */
	static void forSeed(java.util.function.Consumer<Random> property) {
		long seed = seed();
		try {
			property.accept(new Random(seed));
		}
		catch (AssertionError | RuntimeException e) {
			throw new AssertionError("Failed with -Dsunshine.seed=" + seed + ": " + e.getMessage(), e);
		}
	}

	HttpResponse<String> post(String path, byte[] body, String contentType) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	// Generators aimed at the edges ------------------------------------------------------------------

	static final String[] SURNAMES = { "欧阳", "司马", "王", "李", "𠮷", "諸葛", "叶", "乜" };
	static final String[] GIVEN = { "娜娜", "锟斤拷", "一", "𡃁妹", "喆", "犇", "燚", "丽" };
	static final int[] INVISIBLE = { 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00A0, 0x3000, 0x2002, 0x2009, 0x202F,
			0x3164, 0x115F, 0x1160, 0x2800, 0x180E, 0x034F, ' ', '\t', 0x00AD };
	static final int[] BIDI = { 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
			0x061C };

	static String name(Random random) {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
	}

	static String invisible(Random random) {
		var text = new StringBuilder();
		int length = 1 + random.nextInt(random.nextBoolean() ? 3 : 40);
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(random.nextInt(4) == 0 ? BIDI[random.nextInt(BIDI.length)] : INVISIBLE[random.nextInt(INVISIBLE.length)]);
		}
		return text.toString();
	}

	static String withBidi(Random random, String text) {
		var out = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (random.nextInt(3) == 0) {
				out.appendCodePoint(BIDI[random.nextInt(BIDI.length)]);
			}
			out.appendCodePoint(c);
		});
		return out.appendCodePoint(BIDI[random.nextInt(BIDI.length)]).toString();
	}

	/** A value of a wrong JSON type for a text field. */
	static Object wrongType(Random random) {
		return switch (random.nextInt(7)) {
			case 0 -> Map.of("a", 1);
			case 1 -> List.of("张三");
			case 2 -> List.of();
			case 3 -> random.nextBoolean();
			case 4 -> Map.of();
			case 5 -> 1.5;
			default -> Map.of("name", Map.of("nested", List.of(1, 2)));
		};
	}

	Map<String, Object> petition(Random random, String phone) {
		var body = new LinkedHashMap<String, Object>();
		body.put("agency", "640000-xfj");
		body.put("channel", "网上投诉");
		body.put("name", name(random));
		body.put("idNumber", "11010519491231002X");
		body.put("phone", phone);
		body.put("address", "银川市兴庆区解放街" + random.nextInt(1000) + "号");
		body.put("title", "生成测试" + Long.toHexString(random.nextLong()));
		body.put("content", "生成的内容：" + name(random) + "反映楼道灯损坏。");
		body.put("category", "URBAN_HOUSING");
		return body;
	}

	Map<String, Object> application(Random random, String phone) {
		var body = new LinkedHashMap<String, Object>();
		body.put("agency", "640000-xfj");
		body.put("applicantType", "自然人");
		body.put("name", name(random));
		body.put("idNumber", "11010519491231002X");
		body.put("phone", phone);
		body.put("address", "银川市");
		body.put("description", "生成测试" + Long.toHexString(random.nextLong()) + "：本局2023年信访事项办理情况");
		return body;
	}

	static void assertProblem(HttpResponse<String> response, int status, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
				.matches("application/(problem\\+)?json.*");
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("error").asString()).isNotBlank();
		assertThat(body.get("message").asString()).containsPattern("\\p{IsHan}");
		if (field != null) {
			assertThat(body.get("fields").toString()).contains("\"" + field + "\"");
		}
	}

	// Properties ----------------------------------------------------------------------------------

	@Test
	void aBodyInAnyCharsetItDeclaresIsReadInThatCharset() {
		String[] charsets = { "GB18030", "GBK", "UTF-8", "UTF-16", "UTF-16LE", "utf-8", "\"GB18030\"" };
		forSeed(random -> {
			for (int i = 0; i < CASES; i++) {
				String declared = charsets[random.nextInt(charsets.length)];
				Charset charset = Charset.forName(declared.replace("\"", ""));
				var body = petition(random, "1391600" + String.format("%04d", i));
				String name = (String) body.get("name");
				if (!charset.newEncoder().canEncode(name)) {
					continue;
				}
				var response = post("/api/v1/petitions", JSON.writeValueAsString(body).getBytes(charset),
						"application/json; charset=" + declared);
				assertThat(response.statusCode()).as(declared + " " + response.body()).isEqualTo(201);
				String code = JSON.readTree(response.body()).get("trackingCode").asString();
				assertThat(cipher.decrypt(jdbc.sql("select petitioner_name from petition where tracking_code = :c")
						.param("c", code).query(String.class).single())).as(declared).isEqualTo(name);
			}
		});
	}

	@Test
	void aCharsetNobodyKnowsIsA415InChinese() {
		String[] unknown = { "x-unknown", "GB-2312-9", "utf-9", "ebcdic-zh", "\"\"", "a;b" };
		forSeed(random -> {
			for (int i = 0; i < CASES; i++) {
				String declared = unknown[random.nextInt(unknown.length)];
				String path = random.nextBoolean() ? "/api/v1/petitions" : "/api/v1/requests";
				var body = path.endsWith("petitions") ? petition(random, "13916010001") : application(random, "13916010002");
				var response = post(path, JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8),
						"application/json;charset=" + declared);
				assertThat(response.statusCode()).as(declared).isLessThan(500);
				if (response.statusCode() != 201) {
					assertProblem(response, response.statusCode(), null);
					assertThat(response.statusCode()).as(declared).isIn(400, 415);
				}
			}
		});
	}

	@Test
	void aValueOfTheWrongTypeIsA400NamingItsField() {
		String[] petitionFields = { "agency", "channel", "name", "idNumber", "phone", "address", "title", "content", "category" };
		String[] applicationFields = { "agency", "applicantType", "name", "idNumber", "phone", "address", "description",
				"email", "purpose" };
		forSeed(random -> {
			for (int i = 0; i < CASES; i++) {
				boolean petition = random.nextBoolean();
				String[] fields = petition ? petitionFields : applicationFields;
				String field = fields[random.nextInt(fields.length)];
				var body = petition ? petition(random, "13916020001") : application(random, "13916020002");
				Object wrong = wrongType(random);
				body.put(field, wrong);
				var response = post(petition ? "/api/v1/petitions" : "/api/v1/requests",
						JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8), "application/json");
				assertProblem(response, 400, field);
			}
		});
	}

	@Test
	void textOfInvisibleCharactersOnlyCountsAsEmpty() {
		forSeed(random -> {
			for (int i = 0; i < CASES; i++) {
				boolean petition = random.nextBoolean();
				String field = petition ? new String[] { "name", "title", "content" }[random.nextInt(3)]
						: new String[] { "name", "description" }[random.nextInt(2)];
				var body = petition ? petition(random, "13916030001") : application(random, "13916030002");
				body.put(field, invisible(random));
				var response = post(petition ? "/api/v1/petitions" : "/api/v1/requests",
						JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8), "application/json");
				assertProblem(response, 400, field);
			}
		});
	}

	@Test
	void bidiControlsAreNeverStored() {
		forSeed(random -> {
			for (int i = 0; i < CASES; i++) {
				var body = petition(random, "1391604" + String.format("%04d", i));
				String name = (String) body.get("name");
				body.put("name", withBidi(random, name));
				var response = post("/api/v1/petitions", JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8),
						"application/json");
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				String code = JSON.readTree(response.body()).get("trackingCode").asString();
				assertThat(cipher.decrypt(jdbc.sql("select petitioner_name from petition where tracking_code = :c")
						.param("c", code).query(String.class).single())).isEqualTo(name);
			}
		});
	}

	@Test
	void noMixOfTheseEverGetsA5xx() {
		String[] types = { "application/json", "application/json;charset=GB18030", "text/plain", "application/xml",
				"application/x-www-form-urlencoded", "application/json;charset=nope", "multipart/form-data",
				"application/octet-stream" };
		forSeed(random -> {
			List<String> seen = new ArrayList<>();
			for (int i = 0; i < CASES * 2; i++) {
				var body = random.nextBoolean() ? petition(random, "13916050001") : application(random, "13916050002");
				var keys = new ArrayList<>(body.keySet());
				for (int k = random.nextInt(3); k > 0; k--) {
					String key = keys.get(random.nextInt(keys.size()));
					body.put(key, switch (random.nextInt(3)) {
						case 0 -> wrongType(random);
						case 1 -> invisible(random);
						default -> withBidi(random, String.valueOf(body.get(key)));
					});
				}
				String type = types[random.nextInt(types.length)];
				String path = random.nextBoolean() ? "/api/v1/petitions" : "/api/v1/requests";
				var response = post(path, JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8), type);
				seen.add(type + "→" + response.statusCode());
				assertThat(response.statusCode()).as(type + " " + body).isLessThan(500);
				if (response.statusCode() >= 400) {
					assertProblem(response, response.statusCode(), null);
				}
			}
		});
	}
}
