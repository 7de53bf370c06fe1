package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.jcajce.provider.digest.SM3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Provable redaction, on generated documents: the released PDF's extracted text holds none of the removed
 * passages (they are gone, not covered) and still holds what was not removed; the record keeps the digests of
 * both versions — recomputed here — and the redaction log (kind, article, by whom, when).
 */
@SunshineIntegrationTest
class ProvableRedactionIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String HANDLER = Http.basic("handler", "Test-Pass-2017");
	static final String REGISTRAR = Http.basic("registrar", "Test-Pass-2017");
	/** Letters found in none of the fixed words of a released file (markers, headings, articles). */
	static final String ALPHABET = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient client = HttpClient.newHttpClient();

	HttpResponse<byte[]> send(String method, String path, String body, String authorization) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	@Test
	void releasesFilesWithoutTheRedactedTextAndKeepsDigestsAndTheLog() throws Exception {
		var created = send("POST", "/api/v1/requests", """
				{"agency":"640000-xfj","applicantType":"社会公益组织","name":"宁夏慈善总会","creditCode":"91640100MA76A1B2CR",
				 "phone":"0951-5057143","address":"银川市金凤区","description":"信访事项复查意见书","delivery":"纸质"}
				""", null);
		assertThat(created.statusCode()).isEqualTo(201);
		String code = JSON.readTree(created.body()).get("trackingCode").asString();
		long id = jdbc.sql("select id from disclosure_request where tracking_code = :c").param("c", code)
				.query(Long.class).single();
		String path = "/api/v1/requests/" + id + "/releases";

		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int round = 0; round < 3; round++) {
			var paragraphs = new ArrayList<String>();
			for (int p = 0; p < 1 + random.nextInt(4); p++) {
				var paragraph = new StringBuilder();
				for (int i = 0; i < 20 + random.nextInt(120); i++) {
					paragraph.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
				}
				paragraphs.add(paragraph.toString());
			}
			String keep = "本段依法公开";
			paragraphs.add(keep);
			String original = String.join("\n", paragraphs);
			List<String> passages = new ArrayList<>();
			var body = JSON.createObjectNode().put("title", "复查意见书").put("text", original);
			var redactions = body.putArray("redactions");
			String[] kinds = { "PERSONAL_PRIVACY", "TRADE_SECRET", "PROCESS_INFO", "STATE_SECRET" };
			for (int r = 0; r < 1 + random.nextInt(3); r++) {
				String from = paragraphs.get(random.nextInt(paragraphs.size() - 1));
				int start = random.nextInt(from.length() - 4);
				String passage = from.substring(start, start + 3 + random.nextInt(Math.min(6, from.length() - start - 3)));
				passages.add(passage);
				((ObjectNode) redactions.addObject()).put("passage", passage).put("kind", kinds[random.nextInt(kinds.length)]);
			}

			var refused = send("POST", path, body.toString(), REGISTRAR);
			assertThat(refused.statusCode()).as("the handler redacts").isEqualTo(403);
			assertThat(text(refused)).contains("承办人");

			var released = send("POST", path, body.toString(), HANDLER);
			assertThat(released.statusCode()).as("seed " + seed + ": " + text(released)).isEqualTo(201);
			JsonNode release = JSON.readTree(released.body());
			var pdf = send("GET", released.headers().firstValue("Location").orElseThrow(), null, HANDLER);
			assertThat(pdf.statusCode()).isEqualTo(200);

			String extracted;
			try (PDDocument document = Loader.loadPDF(pdf.body())) {
				extracted = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			}
			for (String passage : passages) {
				assertThat(extracted).as("seed " + seed + ": removed, not covered").doesNotContain(passage);
			}
			assertThat(extracted).contains(keep, "复查意见书");

			byte[] originalBytes = original.getBytes(StandardCharsets.UTF_8);
			assertThat(release.get("originalSha256").asString()).isEqualTo(sha256(originalBytes));
			assertThat(release.get("originalSm3").asString()).isEqualTo(HexFormat.of().formatHex(new SM3.Digest().digest(originalBytes)));
			assertThat(release.get("releasedSha256").asString()).isEqualTo(sha256(pdf.body()));
			assertThat(release.get("releasedSm3").asString()).isEqualTo(HexFormat.of().formatHex(new SM3.Digest().digest(pdf.body())));
			JsonNode log = release.get("log");
			assertThat(log.size()).isEqualTo(passages.size());
			for (int i = 0; i < log.size(); i++) {
				assertThat(log.get(i).get("kind").asString()).isEqualTo(redactions.get(i).get("kind").asString());
				assertThat(log.get(i).get("article").asString()).startsWith("第十");
				assertThat(log.get(i).get("by").asString()).isEqualTo("handler");
				assertThat(log.get(i).get("at")).isNotNull();
				assertThat(log.get(i).get("characters").asInt()).isEqualTo(passages.get(i).length());
			}
		}
		assertThat(JSON.readTree(send("GET", path, null, REGISTRAR).body()).size()).as("on the record").isEqualTo(3);

		var missing = send("POST", path, """
				{"title":"复查意见书","text":"甲乙丙丁","redactions":[{"passage":"不在原文中","kind":"PERSONAL_PRIVACY"}]}
				""", HANDLER);
		assertThat(missing.statusCode()).isEqualTo(409);
		assertThat(text(missing)).contains("原文");
		assertThat(send("POST", "/api/v1/requests/987654321/releases", "{\"title\":\"t\",\"text\":\"t\"}", HANDLER)
				.statusCode()).isEqualTo(404);
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
