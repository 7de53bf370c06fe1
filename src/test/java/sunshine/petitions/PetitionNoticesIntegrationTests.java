package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.mail.internet.MimeMessage;
import sunshine.NotifyTestServers;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.notify.ChannelKind;
import sunshine.notify.Contact;

/**
 * The petition's written notices — 受理告知书, 交办告知书, 处理意见书, 复查意见书, 复核意见书, and on other matters
 * 不予受理告知书 and 转送告知书 — as PDF and Word, downloaded by the citizen from the tracking page with the codes
 * and audited; the 复查 and 复核 opinions also reach the citizen by the e-mail chosen on the first matter.
 */
@SunshineIntegrationTest
class PetitionNoticesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AgencyLookup agencies;

	static Submission submission(String agency, String title) {
		return new Submission(agency, "网上投诉", "告知书甲", "11010519491231002X", "13895000301", "银川市兴庆区", title,
				"反映的问题：" + title, "URBAN_HOUSING", null);
	}

	StaffUser staffOf(String agencyCode) {
		var agency = agencies.byCode(agencyCode).orElseThrow();
		return new StaffUser(0, "test-" + agencyCode, "测试", agency.getId(), agency.getCode(), agency.getName(),
				Set.of(Role.REGISTRAR, Role.HANDLER, Role.REVIEWER, Role.SIGNING_LEADER), "", true, false);
	}

	long idOf(String code) {
		return jdbc.sql("select id from petition where tracking_code = :c").param("c", code).query(Long.class).single();
	}

	void handleToReply(String code, String agencyCode, String opinion) {
		var user = staffOf(agencyCode);
		long id = idOf(code);
		long unit = agencies.unitsOf(user.agencyId()).get(0).getId();
		petitions.accept(id, user);
		petitions.assign(id, unit, user);
		petitions.claim(id, user);
		petitions.submitDraft(id, opinion, user);
		petitions.approve(id, user);
		petitions.sign(id, user);
		petitions.reply(id, user);
	}

	/** The tracking page as the citizen sees it, after the code check. */
	String trackingPage(String code, String query) throws Exception {
		return mvc.perform(post("/petitions/track").param("code", code).param("queryCode", query).with(csrf()))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	byte[] download(String code, String query, PetitionNoticeKind kind, String format, int status) throws Exception {
		var response = mvc.perform(post("/petitions/track/notice").param("code", code).param("queryCode", query)
				.param("kind", kind.name()).param("format", format).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(kind + " " + format).isEqualTo(status);
		return response.getContentAsByteArray();
	}

	String pdfText(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	String wordText(byte[] docx) throws Exception {
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx)); var text = new XWPFWordExtractor(document)) {
			return text.getText();
		}
	}

	/** Downloads every notice the matter has, in both formats, and checks each names its title and the code. */
	void checkNotices(String code, String query, Set<PetitionNoticeKind> expected, String agencyName) throws Exception {
		String page = trackingPage(code, query);
		for (PetitionNoticeKind kind : PetitionNoticeKind.values()) {
			String title = switch (kind) {
				case ACCEPTANCE -> "信访事项受理告知书";
				case REJECTION -> "信访事项不予受理告知书";
				case TRANSFER -> "信访事项转送告知书";
				case ASSIGNMENT -> "信访事项交办告知书";
				case OPINION -> "信访事项处理意见书";
				case REVIEW_OPINION -> "信访事项复查意见书";
				case RE_REVIEW_OPINION -> "信访事项复核意见书";
			};
			if (!expected.contains(kind)) {
				assertThat(page).as(kind.name()).doesNotContain(title);
				continue;
			}
			assertThat(page).as(kind.name()).contains(title);
			assertThat(pdfText(download(code, query, kind, "pdf", 200))).as(kind.name()).contains(title, code, agencyName);
			assertThat(wordText(download(code, query, kind, "docx", 200))).as(kind.name()).contains(title, code);
			assertThat(jdbc.sql("""
					select count(*) from audit_entry where action = 'petitions.noticeDownloaded' and subject = :code
					and detail like :kind""").param("code", code).param("kind", kind.name() + " %").query(Long.class)
					.single()).as(kind.name() + " downloads audited").isEqualTo(2);
		}
	}

	@Test
	void theCitizenDownloadsEachNoticeOfTheThreeLevelsAndIsToldOfTheReviewOpinionsByMail() throws Exception {
		String email = "notices-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
		var receipt = petitions.submitOnline(submission("640104-xfj", "小区供暖不达标"), List.of(), false,
				new Contact(email, null, null, Set.of(ChannelKind.EMAIL)));
		String code = receipt.trackingCode();
		String query = receipt.queryCode();
		checkNotices(code, query, EnumSet.noneOf(PetitionNoticeKind.class), "");
		handleToReply(code, "640104-xfj", "经调查，供暖公司已整改。");
		checkNotices(code, query, EnumSet.of(PetitionNoticeKind.ACCEPTANCE, PetitionNoticeKind.ASSIGNMENT,
				PetitionNoticeKind.OPINION), "兴庆区");
		assertThat(pdfText(download(code, query, PetitionNoticeKind.OPINION, "pdf", 200))).contains("经调查，供暖公司已整改。");
		// a wrong query code opens nothing, nor does a notice the matter has not reached (the look-ups of one
		// tracking code are limited to 20 an hour, so the absent notices are checked on the page above)
		download(code, query + "0", PetitionNoticeKind.ACCEPTANCE, "pdf", 404);
		download(code, query, PetitionNoticeKind.REJECTION, "pdf", 404);

		String reviewCode = petitions.requestReview(code, query, "对处理意见不服，请求复查");
		handleToReply(reviewCode, "640100-xfj", "经复查，维持原处理意见。");
		checkNotices(reviewCode, query, EnumSet.of(PetitionNoticeKind.ACCEPTANCE, PetitionNoticeKind.ASSIGNMENT,
				PetitionNoticeKind.REVIEW_OPINION), "银川市");
		String reReviewCode = petitions.requestReview(reviewCode, query, "对复查意见不服，请求复核");
		handleToReply(reReviewCode, "640000-xfj", "经复核，维持复查意见。");
		checkNotices(reReviewCode, query, EnumSet.of(PetitionNoticeKind.ACCEPTANCE, PetitionNoticeKind.ASSIGNMENT,
				PetitionNoticeKind.RE_REVIEW_OPINION), "宁夏回族自治区信访局");
		assertThat(pdfText(download(reReviewCode, query, PetitionNoticeKind.RE_REVIEW_OPINION, "pdf", 200)))
				.contains("不再受理");

		// The citizen chose e-mail on the first matter: the 复查 and 复核 opinions are mailed too.
		var mails = mailsTo(email, Duration.ofSeconds(30), reviewCode + "|复查意见", reReviewCode + "|复核意见");
		assertThat(mails).isNotEmpty();
	}

	@Test
	void aRefusedAndATransferredMatterHaveTheirNotices() throws Exception {
		var refused = petitions.submitOnline(submission("640000-xfj", "不属于受理范围的事项"));
		petitions.reject(idOf(refused.trackingCode()), "属于诉讼程序解决的事项", staffOf("640000-xfj"));
		checkNotices(refused.trackingCode(), refused.queryCode(), EnumSet.of(PetitionNoticeKind.REJECTION),
				"宁夏回族自治区信访局");
		assertThat(pdfText(download(refused.trackingCode(), refused.queryCode(), PetitionNoticeKind.REJECTION, "pdf", 200)))
				.contains("属于诉讼程序解决的事项");

		var moved = petitions.submitOnline(submission("640000-xfj", "应由银川市办理的事项"));
		String yinchuan = agencies.byCode("640100-xfj").orElseThrow().getName();
		petitions.transfer(idOf(moved.trackingCode()), yinchuan, staffOf("640000-xfj"));
		checkNotices(moved.trackingCode(), moved.queryCode(), EnumSet.of(PetitionNoticeKind.TRANSFER), "宁夏回族自治区信访局");
		assertThat(pdfText(download(moved.trackingCode(), moved.queryCode(), PetitionNoticeKind.TRANSFER, "pdf", 200)))
				.contains(yinchuan);
	}

	/** Waits until, for each "code|words", a mail to the address contains both; returns the texts. */
	static List<String> mailsTo(String address, Duration within, String... wanted) throws Exception {
		long until = System.nanoTime() + within.toNanos();
		List<String> texts = new ArrayList<>();
		while (System.nanoTime() < until) {
			texts.clear();
			for (MimeMessage message : NotifyTestServers.mail().getReceivedMessages()) {
				if (message.getAllRecipients() != null && message.getAllRecipients()[0].toString().equals(address)) {
					texts.add(message.getSubject() + "\n" + message.getContent());
				}
			}
			boolean all = true;
			for (String pair : wanted) {
				String[] parts = pair.split("\\|");
				all &= texts.stream().anyMatch(t -> t.contains(parts[0]) && t.contains(parts[1]));
			}
			if (all) {
				return texts;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Mails to " + address + " lack " + List.of(wanted) + ": " + texts);
	}
}
