package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.StaffUser;

/**
 * A request that goes through every step — correction, third-party consultation, extension, fee,
 * answer — has every letter, in PDF and in Word; the per-request fee counts the applicant's requests
 * of the natural month (国办函〔2020〕109号 第四条).
 */
@SunshineIntegrationTest
class RequestLettersIntegrationTests {

	@Autowired
	DisclosureRequestManagement management;

	@Autowired
	RequestNotices notices;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	// 640102198203041234 + check: 6·7+4·9+0+1·5+0+2·4+1·2+9·1+8·6+2·3+0+3·9+0+4·5+1·8+2·4+3·2
	// = 42+36+5+8+2+9+48+6+27+20+8+8+6 = 225; 225 mod 11 = 5 → check character '7'
	static final String FREQUENT = "640102198203041237";

	RequestApplication application(String name, String id, String description) {
		return new RequestApplication(null, "自然人", name, null, id, null, null, "13895000005", "中卫市沙坡头区", null,
				description, null, "纸质");
	}

	@Test
	void writesEveryLetterOfARequestThatWentThroughEveryStep() throws Exception {
		var handler = RequestsIntegrationTests.withCaseRoles(users.loadUserByUsername("handler"));
		var submission = management.registerOnBehalf(handler, IntakeChannel.IN_PERSON, LocalDate.of(2025, 3, 3), null,
				application("文书丁", RequestApplicationTests.ID, "某信访事项的调查笔录"));
		long id = idOf(handler, submission.trackingCode());
		management.requestCorrection(handler, id, LocalDate.of(2025, 3, 5), "请写明信访事项的编号", LocalDate.of(2025, 3, 19));
		management.supplement(handler, id, LocalDate.of(2025, 3, 10));
		management.startConsultation(handler, id, PauseKind.THIRD_PARTY, "宁夏某某有限公司", LocalDate.of(2025, 3, 12));
		management.endConsultation(handler, id, LocalDate.of(2025, 3, 20));
		management.extend(handler, id, 10, "刘志强", "需要调取档案", LocalDate.of(2025, 3, 24));
		int yuan = management.notifyFee(handler, id, ProcessingFee.Method.PER_PAGE, 120, LocalDate.of(2025, 3, 25));
		assertThat(yuan).as("pages 31–100: 70 × 10, pages 101–120: 20 × 20").isEqualTo(1100);
		management.recordPayment(handler, id, LocalDate.of(2025, 3, 27));
		management.draftAnswer(handler, id, Outcome.R3_4, "涉及第三方商业秘密，第三方不同意公开。");
		management.approveAnswer(handler, id);
		management.signAnswer(handler, id, LocalDate.of(2025, 4, 15));

		var request = management.find(handler, id).orElseThrow();
		for (NoticeKind kind : NoticeKind.values()) {
			assertThat(kind.appliesTo(request)).as(kind.name()).isTrue();
			String title = notices.letter(request, kind).title();
			try (var pdf = Loader.loadPDF(notices.pdf(request, kind))) {
				assertThat(new PDFTextStripper().getText(pdf)).as(kind.name()).contains(title, "宁夏回族自治区信访局",
						submission.trackingCode());
			}
			try (var docx = new XWPFDocument(new ByteArrayInputStream(notices.docx(request, kind)));
					var text = new XWPFWordExtractor(docx)) {
				assertThat(text.getText()).as(kind.name()).contains(title);
			}
		}
		assertThat(notices.letter(request, NoticeKind.ANSWER).paragraphs()).anyMatch(p -> p.contains("第十五条、第三十二条"))
				.anyMatch(p -> p.contains("六十日"));
		assertThat(notices.letter(request, NoticeKind.CONSULTATION).addressee()).isEqualTo("宁夏某某有限公司");
	}

	@Test
	void chargesTheEleventhRequestOfTheMonthOneHundredYuan() throws Exception {
		var handler = RequestsIntegrationTests.withCaseRoles(users.loadUserByUsername("handler"));
		String last = null;
		for (int i = 1; i <= 11; i++) {
			last = management.registerOnBehalf(handler, IntakeChannel.IN_PERSON, LocalDate.of(2025, 4, 1 + i), null,
					application("频繁戊", FREQUENT, "第" + i + "件：某年度信访数据")).trackingCode();
		}
		// one more in May starts the count again
		String may = management.registerOnBehalf(handler, IntakeChannel.IN_PERSON, LocalDate.of(2025, 5, 6), null,
				application("频繁戊", FREQUENT, "五月的申请")).trackingCode();
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/console/requests/" + idOf(handler, last))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(handler)))
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("第 11 件", "按件计收为 100 元");
		assertThat(management.notifyFee(handler, idOf(handler, last), ProcessingFee.Method.PER_REQUEST, 0,
				LocalDate.of(2025, 4, 18))).isEqualTo(100);
		var mayRequest = management.find(handler, idOf(handler, may)).orElseThrow();
		assertThat(management.nthInMonth(mayRequest)).isEqualTo(1);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	long idOf(StaffUser user, String trackingCode) {
		return jdbc.sql("select id from disclosure_request where tracking_code = :code").param("code", trackingCode)
				.query(Long.class).single();
	}
}
