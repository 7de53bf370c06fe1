package sunshine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import sunshine.shared.ChineseIdNumber;
import sunshine.shared.UnifiedSocialCreditCode;

/**
 * Bad input of every kind on the public HTML forms, generated from one seed per test (printed on failure, {@code -Dsunshine.seed} replays it): the petition form with its
 * attachments, the disclosure application, tracking, rating and 复查 forms. Fields missing, empty,
 * overlong, of the wrong kind; invalid identity numbers and credit codes; emoji and rare CJK (GB 18030
 * four-byte characters such as 𠀀); HTML and script; NUL and other control characters; files whose
 * bytes are not what their name says. Whatever arrives: never a 5xx; a refusal shows the form again
 * with a Chinese message naming the field and what was typed; a refused submission stores nothing
 * (petition, attachment and request rows are counted before and after), an accepted one exactly
 * its rows; what a citizen typed is escaped wherever it is shown. Malformed and oversized uploads go
 * through the real server, which parses multipart bodies itself.
 */
@SunshineIntegrationTest
@ExtendWith(Seeded.class)
class PublicFormInputIntegrationTests {

	static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

	static final int TRIES = 120;

	static final String ID_NUMBER = "640102198507151232";
	static final String CREDIT_CODE = "91640100MA76A1B2C" + UnifiedSocialCreditCode.checkCharacter("91640100MA76A1B2C");
	static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService staff;

	@LocalServerPort
	int port;

	// Generated values -------------------------------------------------------------------------------

	/** A form field: mostly the valid value, else something a form should refuse or keep safely. */
	static String field(Generator gen, String valid) {
		return switch (gen.between(0, 10)) {
			case 0, 1, 2, 3 -> valid;
			case 4 -> "";
			case 5 -> "   ";
			case 6 -> null;
			case 7 -> gen.anyText(6000) + gen.string(ALPHA, 201);
			case 8 -> gen.string(CJK_RANGE, gen.between(101, 250));
			case 9 -> String.valueOf(gen.random().nextInt());
			default -> gen.oneOf(SCRIPT, "\"><img src=x onerror=alert(1)>", "𠀀𠀁😀👨‍👩‍👧", "'; drop table petition; --",
					"\u0000\u0007\u202e反向", valid + "\u0000", "640102198507151233", "64010219850715123X",
					"91640100MA76A1B2C9", "NATURAL_PERSON", "true", "-1", "1e309", "%00", "&amp;&lt;");
		};
	}

	/** Common CJK characters (一 to 龥), every one. */
	static final String CJK_RANGE = java.util.stream.IntStream.rangeClosed('一', '龥')
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

	/** The longest address a form allows, in the widest characters: 200 CJK characters, 600 bytes. */
	static final String LONGEST_ADDRESS = "宁夏回族自治区银川市兴庆区解放东街".repeat(12).substring(0, 200);

	/** One field of a generated form: valid four times in five, else drawn from {@link #field}. */
	static String typed(Generator gen, String valid) {
		return gen.between(0, 4) > 0 ? valid : field(gen, valid);
	}

	/** An upload and what a correct petition form must make of it. */
	record Upload(MockMultipartFile file, boolean acceptable) {
	}

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
	static final byte[] PNG = { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
	static final byte[] JPG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
	static final byte[] HTML = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
	static final byte[] DOCX = { 'P', 'K', 3, 4, 20, 0, 6, 0 };
	static final byte[] DOC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	static final List<Upload> UPLOADS = List.of(
				new Upload(file("欠条.pdf", "application/pdf", PDF), true),
				new Upload(file("现场照片.JPG", "image/jpeg", JPG), true),
				new Upload(file("现场.png", "image/png", PNG), true),
				new Upload(file("说明.docx", "application/octet-stream", DOCX), true),
				new Upload(file("旧说明.doc", "application/msword", DOC), true),
				new Upload(file("补充说明.txt", "text/plain", "补充：𠀀号楼".getBytes(StandardCharsets.UTF_8)), true),
				new Upload(file("木马.pdf", "application/pdf", EXE), false),
				new Upload(file("照片.jpg", "image/jpeg", HTML), false),
				new Upload(file("照片.png", "text/html", HTML), false),
				new Upload(file("说明.docx", "application/pdf", PDF), false),
				new Upload(file("工具.exe", "application/octet-stream", EXE), false),
				new Upload(file("页面.html", "text/html", HTML), false),
				new Upload(file("无扩展名", "application/pdf", PDF), false),
				new Upload(file("大文件.pdf", "application/pdf", withMagic(PDF, 1024 * 1024 + 1)), false),
				new Upload(file("x".repeat(250) + ".pdf", "application/pdf", PDF), false),
				new Upload(file("../../etc/证明.pdf", "application/pdf", PDF), true),
				new Upload(file("证明\u0000.pdf", "application/pdf", PDF), true),
				new Upload(file("证明.pdf", "application/" + "x".repeat(300), PDF), true),
				new Upload(file("空文件.pdf", "application/pdf", new byte[0]), true));

	static MockMultipartFile file(String name, String type, byte[] content) {
		return new MockMultipartFile("files", name, type, content);
	}

	static byte[] withMagic(byte[] magic, int size) {
		byte[] bytes = new byte[size];
		System.arraycopy(magic, 0, bytes, 0, magic.length);
		return bytes;
	}

	// The petition form -------------------------------------------------------------------------------

	@Test
	void thePetitionFormAnswersEveryInputWithAPageAndStoresAllOrNothing(Generator gen) throws Exception {
		long petitionsBefore = count("petition");
		long attachmentsBefore = count("petition_attachment");
		long expectedPetitions = 0;
		long expectedAttachments = 0;
		for (int i = 0; i < TRIES; i++) {
			var form = new LinkedHashMap<String, String>();
			form.put("agency", typed(gen, "640000-xfj"));
			form.put("channel", typed(gen, "ONLINE_COMPLAINT"));
			form.put("name", typed(gen, "表单测试"));
			form.put("idNumber", typed(gen, ID_NUMBER));
			form.put("phone", typed(gen, "13895000011"));
			form.put("address", gen.between(0, 3) == 0 ? LONGEST_ADDRESS : typed(gen, "银川市兴庆区"));
			form.put("title", typed(gen, "表单测试标题" + i + "-" + gen.between(0, 1_000_000)));
			form.put("content", typed(gen, "表单测试内容" + gen.string(ALPHA, 10)));
			form.put("category", typed(gen, "URBAN_HOUSING"));
			List<Upload> uploads = gen.between(0, 1) == 0 ? List.of()
					: gen.list(0, 4, () -> gen.oneOf(UPLOADS));
			var request = multipart("/petitions/submit");
			uploads.forEach(u -> request.file(u.file()));
			form.forEach((name, value) -> {
				if (value != null) {
					request.param(name, value);
				}
			});
			String described = form + " files " + uploads.stream().map(u -> u.file().getOriginalFilename()
					+ "(" + u.file().getContentType().length() + " type chars, " + u.file().getSize() + " bytes)").toList();
			MockHttpServletResponse response = mvc.perform(request.with(csrf())).andReturn().getResponse();
			String page = response.getContentAsString(StandardCharsets.UTF_8);
			assertThat(response.getStatus()).as(described).isEqualTo(200);
			assertNoRawMarkup(page, form.values(), described);
			long nonEmpty = uploads.stream().filter(u -> !u.file().isEmpty()).count();
			if (page.contains("id=\"tracking-code\"")) {
				assertThat(uploads.stream().filter(u -> !u.file().isEmpty()).allMatch(Upload::acceptable))
						.as("a file whose bytes are not what its name says was accepted: " + described).isTrue();
				assertThat(nonEmpty).as(described).isLessThanOrEqualTo(3);
				expectedPetitions++;
				expectedAttachments += nonEmpty;
				String code = find(page, "id=\"tracking-code\">([^<]+)<");
				var stored = jdbc.sql("select title, content from petition where tracking_code = :c").param("c", code)
						.query((rs, n) -> rs.getString(1) + rs.getString(2)).single();
				assertThat(stored).as("NUL never reaches the database: " + described).doesNotContain("\u0000");
				var names = jdbc.sql("select a.file_name from petition_attachment a join petition p on p.id = a.petition_id "
						+ "where p.tracking_code = :c").param("c", code).query(String.class).list();
				assertThat(names).as(described).hasSize((int) nonEmpty)
						.allSatisfy(name -> assertThat(name).doesNotContain("/", "\\", "\u0000").endsWithIgnoringCase(
								name.substring(name.lastIndexOf('.'))));
			}
			else {
				assertThat(page).as(described).contains("id=\"submit-errors\"");
				String errors = page.substring(page.indexOf("id=\"submit-errors\""), page.indexOf("</ul>", page.indexOf("id=\"submit-errors\"")));
				assertThat(errors).as(described).containsPattern("href=\"#(agency|channel|name|idNumber|phone|address|title|content|category|files)\">[^<]*\\p{IsHan}");
				if (uploads.stream().anyMatch(u -> !u.file().isEmpty() && !u.acceptable()) || nonEmpty > 3) {
					assertThat(errors).as(described).contains("href=\"#files\"");
				}
				keepsWhatWasTyped(page, "title", form.get("title"), described);
				keepsWhatWasTyped(page, "name", form.get("name"), described);
				keepsWhatWasTyped(page, "phone", form.get("phone"), described);
			}
		}
		assertThat(expectedPetitions).as("some generated forms are accepted").isPositive();
		assertThat(count("petition") - petitionsBefore).as("petitions stored = forms accepted").isEqualTo(expectedPetitions);
		assertThat(count("petition_attachment") - attachmentsBefore).as("attachments stored = files of accepted forms")
				.isEqualTo(expectedAttachments);
	}

	@Test
	void thePetitionFormRefusesEachFileWhoseBytesAreNotWhatItsNameSays(Generator gen) throws Exception {
		for (Upload upload : UPLOADS) {
			if (upload.acceptable() || upload.file().isEmpty()) {
				continue;
			}
			long before = count("petition");
			long files = count("petition_attachment");
			String title = "附件核对" + gen.between(0, 1_000_000);
			String page = mvc.perform(validPetition(title).file(upload.file()).with(csrf())).andReturn().getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
			String name = upload.file().getOriginalFilename();
			assertThat(page).as(name).doesNotContain("id=\"tracking-code\"").contains("href=\"#files\"")
					.contains("value=\"" + title + "\"");
			assertThat(count("petition")).as(name).isEqualTo(before);
			assertThat(count("petition_attachment")).as(name).isEqualTo(files);
		}
	}

	@Test
	void aFileIsStoredUnderItsOwnNameAndTheTypeItsBytesShowNotWhatTheSenderDeclared(Generator gen) throws Exception {
		String title = "附件类型" + gen.between(0, 1_000_000);
		String page = mvc.perform(validPetition(title)
				.file(file("C:\\Users\\张三\\..\\证明\u0007.pdf", "text/html; " + "x".repeat(300), PDF))
				.file(file("现场.JPEG", "application/x-msdownload", JPG)).with(csrf())).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		String code = find(page, "id=\"tracking-code\">([^<]+)<");
		var stored = jdbc.sql("select a.file_name, a.content_type from petition_attachment a join petition p "
				+ "on p.id = a.petition_id where p.tracking_code = :c order by a.id").param("c", code)
				.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).list();
		assertThat(stored).containsExactly("证明.pdf|application/pdf", "现场.JPEG|image/jpeg");
	}

	@Test
	void nulInTheFieldsOfTheUploadFormNeverReachesTheDatabase(Generator gen) throws Exception {
		String title = "空字符\u0000标题" + gen.between(0, 1_000_000);
		String page = mvc.perform(validPetition(title, "内容\u0000含空字符").param("address", "银川\u0000市")
				.file(file("证明.pdf", "application/pdf", PDF)).with(csrf())).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		String code = find(page, "id=\"tracking-code\">([^<]+)<");
		assertThat(jdbc.sql("select title, content from petition where tracking_code = :c").param("c", code)
				.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).single())
				.isEqualTo(title.replace("\u0000", "") + "|内容含空字符");
	}

	@Test
	void anIdentityDocumentKindOrAnEmailTooLongForItsColumnIsRefusedByName() throws Exception {
		long before = count("disclosure_request");
		String page = mvc.perform(post("/requests/apply").param("agency", "640000-xfj").param("applicantType", "NATURAL_PERSON")
				.param("name", "长字段").param("idType", "港澳居民来往内地通行证".repeat(4)).param("idNumber", "H12345678")
				.param("phone", "13895000016").param("address", "银川市").param("delivery", "EMAIL")
				.param("email", "申请人".repeat(90) + "@example.cn").param("description", "长字段测试").with(csrf()))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("证件类型最多 32 个字", "电子邮箱最多 254 个字符",
				"value=\"" + "港澳居民来往内地通行证".repeat(4) + "\"");
		assertThat(count("disclosure_request")).isEqualTo(before);
	}

	static MockMultipartHttpServletRequestBuilder validPetition(String title) {
		return validPetition(title, "附件见上传文件。");
	}

	static MockMultipartHttpServletRequestBuilder validPetition(String title, String content) {
		return multipart("/petitions/submit").param("agency", "640000-xfj").param("channel", "ONLINE_COMPLAINT")
				.param("name", "表单测试").param("idNumber", ID_NUMBER).param("phone", "13895000012")
				.param("title", title).param("content", content).param("category", "URBAN_HOUSING");
	}

	// The disclosure application form -----------------------------------------------------------------

	@Test
	void theApplicationFormAnswersEveryInputWithAPageAndStoresAllOrNothing(Generator gen) throws Exception {
		long before = count("disclosure_request");
		long expected = 0;
		for (int i = 0; i < TRIES; i++) {
			boolean person = gen.between(0, 2) > 0;
			var form = new LinkedHashMap<String, String>();
			form.put("agency", typed(gen, "640000-xfj"));
			form.put("applicantType", typed(gen, person ? "NATURAL_PERSON" : "COMMERCIAL_ENTERPRISE"));
			form.put("name", typed(gen, person ? "表单申请人" : "宁夏某某有限公司"));
			form.put("idType", typed(gen, "居民身份证"));
			form.put("idNumber", typed(gen, ID_NUMBER));
			form.put("creditCode", typed(gen, CREDIT_CODE));
			form.put("contactPerson", typed(gen, "马联系"));
			form.put("phone", typed(gen, "13895000013"));
			form.put("address", gen.between(0, 3) == 0 ? LONGEST_ADDRESS : typed(gen, "银川市金凤区"));
			form.put("email", gen.between(0, 4) > 0 ? typed(gen, "a@example.cn")
					: gen.oneOf("a@b." + "c".repeat(600), "x".repeat(64) + "@" + "y".repeat(200) + ".cn",
							"用户".repeat(32) + "@" + "邮件".repeat(100) + ".cn"));
			form.put("description", typed(gen, "表单测试所需信息" + i + gen.string(ALPHA, 10)));
			form.put("purpose", typed(gen, "研究"));
			form.put("delivery", typed(gen, "EMAIL"));
			var request = post("/requests/apply");
			form.forEach((name, value) -> {
				if (value != null) {
					request.param(name, value);
				}
			});
			String described = form.toString();
			MockHttpServletResponse response = mvc.perform(request.with(csrf())).andReturn().getResponse();
			String page = response.getContentAsString(StandardCharsets.UTF_8);
			assertThat(response.getStatus()).as(described).isIn(200, 302);
			if (response.getStatus() == 302) {
				assertThat(response.getRedirectedUrl()).isEqualTo("/requests/apply/done");
				expected++;
			}
			else {
				assertNoRawMarkup(page, form.values(), described);
				assertThat(page).as(described).contains("id=\"apply-errors\"");
				assertThat(page).as(described).containsPattern("class=\"field-error\">[^<]*\\p{IsHan}");
				keepsWhatWasTyped(page, "name", form.get("name"), described);
				keepsWhatWasTyped(page, "phone", form.get("phone"), described);
			}
		}
		assertThat(expected).as("some generated forms are accepted").isPositive();
		assertThat(count("disclosure_request") - before).as("requests stored = forms accepted").isEqualTo(expected);
	}

	// Tracking, rating and 复查 ----------------------------------------------------------------------

	@Test
	void trackingRatingAndReviewFormsAnswerEveryInputWithAPageAndChangeNothing(Generator gen) throws Exception {
		long petitions = count("petition");
		long requests = count("disclosure_request");
		long rated = jdbc.sql("select count(*) from petition where rating is not null").query(Long.class).single();
		java.util.function.Supplier<String> code = () -> switch (gen.between(0, 2)) {
			case 0 -> field(gen, "XF-2025-000001");
			case 1 -> field(gen, "GK-2025-000001");
			default -> gen.anyText(100);
		};
		for (int i = 0; i < TRIES; i++) {
			String tracking = code.get();
			String query = code.get();
			String rating = gen.bool() ? field(gen, "SATISFIED") : gen.oneOf("满意", "不满意", "5", "");
			String reason = field(gen, "处理意见不合理，请求复查。");
			var forms = List.<MockHttpServletRequestBuilder>of(
					withParams(post("/petitions/track"), "code", tracking, "queryCode", query),
					withParams(post("/petitions/rate"), "code", tracking, "queryCode", query, "rating", rating),
					withParams(post("/petitions/review"), "code", tracking, "queryCode", query, "reason", reason),
					withParams(get("/requests/track"), "code", tracking, "queryCode", query),
					withParams(get("/requests/track/letter"), "code", tracking, "queryCode", query, "kind", rating,
							"format", field(gen, "pdf")));
			for (var request : forms) {
				MockHttpServletResponse response = mvc.perform(request.with(csrf())).andReturn().getResponse();
				String described = request + " " + tracking + " / " + query + " / " + rating + " / " + reason;
				// 429: the one look-up limit per address and tracking code answered, in words and with Retry-After
				assertThat(response.getStatus()).as(described).isIn(200, 400, 404, 429);
				String page = response.getContentAsString(StandardCharsets.UTF_8);
				if (response.getStatus() == 429) {
					assertThat(response.getHeader("Retry-After")).as(described).isNotBlank();
				}
				if (response.getStatus() == 200 || response.getStatus() == 429) {
					assertThat(page).as(described).containsPattern("\\p{IsHan}");
					assertNoRawMarkup(page, List.of(tracking == null ? "" : tracking, query == null ? "" : query), described);
				}
			}
		}
		assertThat(count("petition")).isEqualTo(petitions);
		assertThat(count("disclosure_request")).isEqualTo(requests);
		assertThat(jdbc.sql("select count(*) from petition where rating is not null").query(Long.class).single())
				.isEqualTo(rated);
	}

	static MockHttpServletRequestBuilder withParams(MockHttpServletRequestBuilder request, String... pairs) {
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				request.param(pairs[i], pairs[i + 1]);
			}
		}
		return request;
	}

	// What was typed, shown back --------------------------------------------------------------------

	@Test
	void anAcceptedScriptIsShownEscapedOnTheTrackingAndStaffPages(Generator gen) throws Exception {
		String title = "<script>alert(\"标题\")</script><img src=x onerror=alert(1)>" + gen.between(0, 1_000_000);
		String content = "</textarea><script>alert('内容')</script>";
		String receipt = mvc.perform(validPetition(title, content).param("address", "<b>地址</b>")
				.with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String code = find(receipt, "id=\"tracking-code\">([^<]+)<");
		String queryCode = find(receipt, "id=\"query-code\">([^<]+)<");
		String tracking = mvc.perform(post("/petitions/track").param("code", code).param("queryCode", queryCode)
				.with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(tracking).contains(HtmlUtils.htmlEscape(title)).doesNotContain("<script>alert", "<img src=x");
		long id = jdbc.sql("select id from petition where tracking_code = :c").param("c", code).query(Long.class).single();
		String console = mvc.perform(get("/console/petitions/" + id).with(user(staffUser("registrar")))).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(console).contains(HtmlUtils.htmlEscape(title)).doesNotContain("<script>alert", "<img src=x", "<b>地址");
		String queue = mvc.perform(get("/console/petitions").with(user(staffUser("registrar")))).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(queue).doesNotContain("<script>alert", "<img src=x");

		String description = "<script>alert('申请')</script>" + gen.between(0, 1_000_000);
		var applied = mvc.perform(post("/requests/apply").param("agency", "640000-xfj").param("applicantType", "NATURAL_PERSON")
				.param("name", "<i>申请人</i>").param("idNumber", ID_NUMBER).param("phone", "13895000014")
				.param("address", "银川市").param("description", description).with(csrf())).andReturn();
		var submission = (sunshine.requests.DisclosureRequestManagement.Submission) applied.getFlashMap().get("submission");
		String requestTracking = mvc.perform(get("/requests/track").param("code", submission.trackingCode())
				.param("queryCode", submission.queryCode())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// The applicant's tracking page shows the facts of the case, not the description; nothing of it raw.
		assertThat(requestTracking).contains(submission.trackingCode()).doesNotContain("<script>alert", "<i>申请人");
		var staffPage = mvc.perform(get("/console/requests/code/" + submission.trackingCode()).with(user(staffUser("handler"))))
				.andReturn().getResponse();
		String staffHtml = staffPage.getRedirectedUrl() == null ? staffPage.getContentAsString(StandardCharsets.UTF_8)
				: mvc.perform(get(staffPage.getRedirectedUrl()).with(user(staffUser("handler")))).andReturn().getResponse()
						.getContentAsString(StandardCharsets.UTF_8);
		assertThat(staffHtml).contains(HtmlUtils.htmlEscape(description)).doesNotContain("<script>alert", "<i>申请人");
	}

	// Multipart through the real server -----------------------------------------------------------------

	@Test
	void anOversizedUploadGetsAChinesePageSayingSoAndStoresNothing() throws Exception {
		long before = count("petition");
		var form = new Browser();
		// Over spring.servlet.multipart.max-request-size (11MB) as a whole.
		var whole = form.submit(form.body("大文件.pdf", withMagic(PDF, 12 * 1024 * 1024)));
		assertThat(whole.statusCode()).isEqualTo(413);
		assertThat(whole.body()).contains("上传的内容过大", "11MB", "10MB");
		// Within the request limit, but one file over max-file-size (10MB).
		var file = form.submit(form.body("较大文件.pdf", withMagic(PDF, 10 * 1024 * 1024 + 1024)));
		assertThat(file.statusCode()).isEqualTo(413);
		assertThat(file.body()).contains("上传的内容过大");
		// Within both, over the petition form's own 1MB: the form again, with the message at the field.
		var petitionLimit = form.submit(form.body("稍大文件.pdf", withMagic(PDF, 2 * 1024 * 1024)));
		assertThat(petitionLimit.statusCode()).isEqualTo(200);
		assertThat(petitionLimit.body()).contains("附件“稍大文件.pdf”超过1MB", "value=\"网页上传测试\"");
		var englishForm = new Browser().english();
		var english = englishForm.submit(englishForm.body("大文件.pdf", withMagic(PDF, 12 * 1024 * 1024)));
		assertThat(english.body()).contains("too large");
		assertThat(count("petition")).isEqualTo(before);
	}

	@Test
	void aFormSentWithoutItsSecurityTokenSaysTheFormExpiredAndStoresNothing() {
		long petitions = count("petition");
		long requests = count("disclosure_request");
		var http = new Http(port);
		String title = "过期表单" + System.nanoTime();
		for (String path : List.of("/petitions/submit", "/requests/apply")) {
			var response = http.postForm(path, "agency=640000-xfj&title=" + title + "&name=%E5%BC%A0%E4%B8%89",
					"Accept", "text/html,application/xhtml+xml");
			assertThat(response.statusCode()).as(path).isEqualTo(403);
			assertThat(response.body()).as(path).contains("id=\"form-expired\"", "表单已失效", "内容没有提交")
					.doesNotContain("您没有权限访问此页面");
		}
		assertThat(count("petition")).isEqualTo(petitions);
		assertThat(count("disclosure_request")).isEqualTo(requests);
	}

	@Test
	void aMalformedUploadIsRefusedWithAChinesePageNeverAServerError(Generator gen) throws Exception {
		long before = count("petition");
		var form = new Browser();
		byte[] good = form.body("证明.pdf", PDF);
		String text = new String(good, StandardCharsets.ISO_8859_1);
		List<Map.Entry<String, byte[]>> broken = new ArrayList<>();
		broken.add(Map.entry("multipart/form-data; boundary=" + Browser.BOUNDARY, text.substring(0, text.length() / 2)
				.getBytes(StandardCharsets.ISO_8859_1)));
		broken.add(Map.entry("multipart/form-data; boundary=another-boundary", good));
		broken.add(Map.entry("multipart/form-data", good));
		broken.add(Map.entry("multipart/form-data; boundary=" + Browser.BOUNDARY, text.replace("--" + Browser.BOUNDARY + "--", "")
				.getBytes(StandardCharsets.ISO_8859_1)));
		broken.add(Map.entry("multipart/form-data; boundary=" + Browser.BOUNDARY, text.replace("Content-Disposition: form-data; name=\"title\"",
				"Content-Disposition: form-data").getBytes(StandardCharsets.ISO_8859_1)));
		broken.add(Map.entry("multipart/form-data; boundary=" + Browser.BOUNDARY, new byte[0]));
		for (int i = 0; i < 30; i++) {
			byte[] garbage = gen.bytes(4000);
			broken.add(Map.entry("multipart/form-data; boundary=" + Browser.BOUNDARY, garbage));
		}
		for (var body : broken) {
			var response = form.submit(body.getKey(), body.getValue());
			String described = body.getKey() + " / " + body.getValue().length + " bytes";
			assertThat(response.body()).as(described).containsPattern("\\p{IsHan}");
			// A body the parser cannot read is a 400 saying so; one it reads without the CSRF field is the 403 of
			// every form whose token is missing.
			assertThat(response.statusCode()).as(described).isIn(200, 400, 403);
			if (response.statusCode() == 400) {
				assertThat(response.body()).as(described).contains("提交的表单数据不完整或格式有误", "返回表单");
			}
		}
		var truncated = form.submit(broken.get(0).getKey(), broken.get(0).getValue());
		assertThat(truncated.statusCode()).isEqualTo(400);
		assertThat(truncated.body()).contains("提交的表单数据不完整或格式有误", "href=\"/petitions/submit\"");
		assertThat(count("petition")).isEqualTo(before);
		// The same session still submits a well-formed form.
		assertThat(form.submit(good).body()).contains("id=\"tracking-code\"");
	}

	/** A citizen's browser on the real server: a session, its CSRF token, and multipart bodies. */
	final class Browser {

		static final String BOUNDARY = "----SunshineBoundary7MA4YWxkTrZu0gW";
		private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		private final String cookie;
		private final String token;
		private String language = "";

		Browser() throws Exception {
			var page = client.send(HttpRequest.newBuilder(uri("/petitions/submit")).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			this.cookie = page.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
					.reduce((a, b) -> a + "; " + b).orElseThrow();
			this.token = find(page.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
		}

		Browser english() {
			language = "; sunshine-lang=en";
			return this;
		}

		URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		byte[] body(String fileName, byte[] content) {
			var out = new ByteArrayOutputStream();
			var fields = new LinkedHashMap<String, String>();
			fields.put("_csrf", token);
			fields.put("agency", "640000-xfj");
			fields.put("channel", "ONLINE_COMPLAINT");
			fields.put("name", "网页上传");
			fields.put("idNumber", ID_NUMBER);
			fields.put("phone", "13895000015");
			fields.put("title", "网页上传测试");
			fields.put("content", "附件见上传文件" + new java.util.Random().nextInt(1_000_000));
			fields.put("category", "URBAN_HOUSING");
			fields.forEach((name, value) -> out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
					+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
			out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.writeBytes(content);
			out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return out.toByteArray();
		}

		HttpResponse<String> submit(byte[] body) throws Exception {
			return submit("multipart/form-data; boundary=" + BOUNDARY, body);
		}

		HttpResponse<String> submit(String contentType, byte[] body) throws Exception {
			return client.send(HttpRequest.newBuilder(uri("/petitions/submit")).header("Cookie", cookie + language)
					.header("Content-Type", contentType).header("Accept", "text/html,application/xhtml+xml")
					.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

	// Helpers --------------------------------------------------------------------------------------------

	/** Whatever the citizen typed that is markup never appears in the page unescaped. */
	static void assertNoRawMarkup(String page, java.util.Collection<String> typed, String described) {
		for (String value : typed) {
			if (value != null && (value.contains("<script>") || value.contains("<img"))) {
				assertThat(page).as(described).doesNotContain("<script>alert", "<img src=x");
			}
		}
	}

	/** A refused form shows again what was typed into a single-line field (unless the field was too long to keep). */
	static void keepsWhatWasTyped(String page, String field, String value, String described) {
		if (value == null || value.length() > 200 || value.indexOf('\u0000') >= 0) {
			return;
		}
		assertThat(page).as(described).contains("id=\"" + field + "\" name=\"" + field + "\"");
		String shown = find(page, "id=\"" + field + "\" name=\"" + field + "\"[^>]*value=\"([^\"]*)\"");
		assertThat(HtmlUtils.htmlUnescape(shown)).as(described).isEqualTo(asKept(value));
	}

	/**
	 * What a public field keeps of a typed text, by the rule of the security review: the controls that
	 * reorder text (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) are dropped, and a text with
	 * nothing visible left (spaces of any width, NBSP, zero-width characters, BOM, fillers) is empty.
	 */
	static String asKept(String typed) {
		var kept = new StringBuilder();
		typed.codePoints().filter(c -> !((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
				|| c == 0x200F || c == 0x061C)).forEach(kept::appendCodePoint);
		boolean nothingVisible = kept.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
				|| (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x3164 || c == 0xFFA0 || c == 0x115F
				|| c == 0x1160 || c == 0x2800 || c == 0x180E);
		return nothingVisible ? "" : kept.toString();
	}

	static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(regex + " in " + text.substring(0, Math.min(text.length(), 3000))).isTrue();
		return matcher.group(1);
	}

	UserDetails staffUser(String username) {
		return staff.loadUserByUsername(username);
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
