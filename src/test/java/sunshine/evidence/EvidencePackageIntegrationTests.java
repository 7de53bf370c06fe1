package sunshine.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

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
import sunshine.audit.AuditEntry;
import sunshine.audit.AuditLog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence package of a request and of a petition: every file's SM3 and SHA-256 digest, recomputed here
 * independently, matches the manifest; the case's audit entries are the ones stored, sealed in a chain that
 * verifies, and covered by the manifest's checkpoint; refusals are Chinese problem details.
 */
@SunshineIntegrationTest
class EvidencePackageIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String REGISTRAR = Http.basic("registrar", "Test-Pass-2017");
	static final String HANDLER = Http.basic("handler", "Test-Pass-2017");
	static final String SUPERVISOR = Http.basic("supervisor", "Test-Pass-2017");

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

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

	static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	void verify(byte[] zip, String code) throws Exception {
		Map<String, byte[]> files = unzip(zip);
		assertThat(files).containsKeys("manifest.json", "timeline.pdf", "audit-entries.json");
		assertThat(new String(files.get("timeline.pdf"), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument pdf = Loader.loadPDF(files.get("timeline.pdf"))) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).as("the timeline names its days the Chinese way").containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日")
					.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		}
		JsonNode manifest = JSON.readTree(files.get("manifest.json"));
		assertThat(manifest.get("trackingCode").asString()).isEqualTo(code);
		int listed = 0;
		for (JsonNode file : manifest.get("files")) {
			byte[] bytes = files.get(file.get("name").asString());
			assertThat(bytes).as(file.get("name").asString()).isNotNull();
			assertThat(file.get("sha256").asString())
					.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
			assertThat(file.get("sm3").asString()).isEqualTo(HexFormat.of().formatHex(new SM3.Digest().digest(bytes)));
			listed++;
		}
		assertThat(listed).as("every file but the manifest is listed").isEqualTo(files.size() - 1);

		// the entries are the stored ones, sealed, covered by the checkpoint, and the chain verifies
		JsonNode entries = JSON.readTree(files.get("audit-entries.json"));
		assertThat(entries.size()).isPositive();
		long checkpoint = manifest.get("checkpoint").get("place").asLong();
		for (JsonNode entry : entries) {
			AuditEntry stored = audit.entry(entry.get("seq").asLong()).orElseThrow();
			assertThat(stored.subject()).contains(code);
			assertThat(entry.get("hash").asString()).isEqualTo(stored.hash());
			assertThat(entry.get("prevHash").asString()).isEqualTo(stored.prevHash());
			assertThat(entry.get("chainSeq").asLong()).isEqualTo(stored.chainSeq()).isLessThanOrEqualTo(checkpoint);
		}
		var verification = audit.verify();
		assertThat(verification.intact()).as(String.valueOf(verification.problems())).isTrue();
		assertThat(verification.headSeq()).isGreaterThanOrEqualTo(checkpoint);
	}

	@Test
	void packsARequestAndAPetitionWhoseDigestsAndAuditEntriesVerify() throws Exception {
		var created = send("POST", "/api/v1/requests", """
				{"agency":"640000-xfj","applicantType":"社会公益组织","name":"宁夏慈善总会","creditCode":"91640100MA76A1B2CR",
				 "phone":"0951-5057143","address":"银川市金凤区","description":"2024年信访救助资金使用情况","delivery":"纸质"}
				""", null);
		assertThat(created.statusCode()).isEqualTo(201);
		String code = JSON.readTree(created.body()).get("trackingCode").asString();
		long id = jdbc.sql("select id from disclosure_request where tracking_code = :c").param("c", code)
				.query(Long.class).single();
		assertThat(send("POST", "/api/v1/requests/" + id + "/actions/ACCEPT", "{}", REGISTRAR).statusCode())
				.isEqualTo(200);

		assertThat(send("POST", "/api/v1/requests/" + id + "/releases", """
				{"title":"救助资金使用情况","text":"救助对象张某某，金额三千元","redactions":[{"passage":"张某某","kind":"PERSONAL_PRIVACY"}]}
				""", HANDLER).statusCode()).isEqualTo(201);
		var pack = send("GET", "/api/v1/requests/" + id + "/evidence", null, HANDLER);
		assertThat(pack.statusCode()).isEqualTo(200);
		assertThat(pack.headers().firstValue("Content-Type").orElse("")).contains("zip");
		Map<String, byte[]> files = unzip(pack.body());
		assertThat(files.keySet()).anyMatch(name -> name.startsWith("letters/"))
				.anyMatch(name -> name.startsWith("releases/") && name.endsWith(".pdf")).contains("releases/redaction-log.json");
		verify(pack.body(), code);
		assertThat(new String(unzip(pack.body()).get("audit-entries.json"), StandardCharsets.UTF_8))
				.contains("request.received", "request.accepted");

		var refused = send("GET", "/api/v1/requests/" + id + "/evidence", null, SUPERVISOR);
		assertThat(refused.statusCode()).as("a supervisor is no case staff").isEqualTo(403);
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("证据包");
		assertThat(send("GET", "/api/v1/requests/" + id + "/evidence", null, Http.basic("handler-640104",
				"Test-Pass-2017")).statusCode()).as("outside the scope").isEqualTo(404);
		assertThat(send("GET", "/api/v1/requests/987654321/evidence", null, HANDLER).statusCode()).isEqualTo(404);
		assertThat(audit.about(java.util.List.of("request:" + code)).stream().map(AuditEntry::action))
				.as("the download is on the record").contains("evidence.exported");

		var petition = send("POST", "/api/v1/petitions", """
				{"agency":"640000-xfj","channel":"网上投诉","name":"王证据","idNumber":"640102198507151232","phone":"13895001234",
				 "title":"小区供暖不达标","content":"供暖温度长期低于十六度","category":"OTHER"}
				""", null);
		assertThat(petition.statusCode()).isEqualTo(201);
		String petitionCode = JSON.readTree(petition.body()).get("trackingCode").asString();
		long petitionId = jdbc.sql("select id from petition where tracking_code = :c").param("c", petitionCode)
				.query(Long.class).single();
		assertThat(send("POST", "/api/v1/petitions/" + petitionId + "/accept", null, REGISTRAR).statusCode())
				.isEqualTo(200);
		var petitionPack = send("GET", "/api/v1/petitions/" + petitionId + "/evidence", null, REGISTRAR);
		assertThat(petitionPack.statusCode()).isEqualTo(200);
		verify(petitionPack.body(), petitionCode);
	}
}
