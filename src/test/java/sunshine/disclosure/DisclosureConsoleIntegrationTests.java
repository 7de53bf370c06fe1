package sunshine.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;

/** The editors' console: a draft through review to the portal, bad input, and who may enter. */
@SunshineIntegrationTest
class DisclosureConsoleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchIndex index;

	@Autowired
	DisclosureQueries queries;

	@Test
	void anEditorDraftsSubmitsAndPublishesAnItemThatTheAuditLogRecords() throws Exception {
		var editor = user(users.loadUserByUsername("editor"));
		String location = mvc.perform(post("/console/disclosure/items").with(editor).with(csrf())
				.param("title", "关于春节期间信访接待安排的公告").param("issuingBody", "宁夏回族自治区信访局")
				.param("documentNumber", "").param("writtenOn", "2026-01-20").param("topic", "PETITION_WORK")
				.param("genre", "ANNOUNCEMENT").param("column", "catalogue")
				.param("body", "<p>春节期间<script>alert(1)</script>来访接待大厅正常开放。</p>"))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post("/console/disclosure/items/{id}/submit", id).with(editor).with(csrf()))
				.andExpect(status().is3xxRedirection());
		// Publishing is a second, confirmed step: without the confirmation nothing goes out.
		mvc.perform(post("/console/disclosure/items/{id}/publish", id).with(editor).with(csrf())
				.param("channel", "WEBSITE", "WECHAT").param("date", "2026-01-21").param("link", "http://www.nxxf.gov.cn/a.htm")
				.param("description", "")).andExpect(status().is3xxRedirection())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
						.attribute("problem", "disclosure.error.publishConfirm"));
		assertThat(jdbc.sql("select status from disclosure_item where id = :id").param("id", id).query(String.class).single())
				.isEqualTo("IN_REVIEW");
		mvc.perform(post("/console/disclosure/items/{id}/publish", id).with(editor).with(csrf())
				.param("channel", "WEBSITE", "WECHAT").param("date", "2026-01-21").param("link", "http://www.nxxf.gov.cn/a.htm")
				.param("description", "").param("confirm", "yes")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from disclosure_item where id = :id").param("id", id).query(String.class).single())
				.isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("select count(*) from disclosure_channel_publication where item_id = :id").param("id", id)
				.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select body from disclosure_item where id = :id").param("id", id).query(String.class).single())
				.doesNotContain("script").contains("来访接待大厅正常开放");
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where actor = 'editor' and subject like 'disclosure-item:%'
				and action in ('disclosure.item.drafted', 'disclosure.item.submitted', 'disclosure.item.published')""")
				.query(Long.class).single()).isGreaterThanOrEqualTo(3);
		mvc.perform(post("/console/disclosure/items/{id}/submit", id).with(editor).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
						.attribute("problem", "disclosure.error.state"));
		String page = mvc.perform(get("/console/disclosure/items/{id}", id).with(editor)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("已发布", "撤回", "/disclosure/items/" + id);
	}

	@Test
	void showsTheFormAgainWithAChineseMessageNamingTheFieldAndWhatWasTyped() throws Exception {
		String page = mvc.perform(post("/console/disclosure/items").with(user(users.loadUserByUsername("editor")))
				.with(csrf()).param("title", "").param("issuingBody", "宁夏回族自治区信访局").param("writtenOn", "2026-02-30x")
				.param("topic", "NEWS").param("genre", "NEWS").param("column", "catalogue").param("body", "保留的正文"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("请填写标题。", "日期格式不正确", "value=\"2026-02-30x\"", "保留的正文");
	}

	@Test
	void onlyDisclosureEditorsEnterTheConsole() throws Exception {
		mvc.perform(get("/console/disclosure").with(user(users.loadUserByUsername("handler"))))
				.andExpect(status().isForbidden());
		mvc.perform(get("/console/disclosure/register").with(user(users.loadUserByUsername("auditor"))))
				.andExpect(status().isForbidden());
		String list = mvc.perform(get("/console/disclosure?year=2017").with(user(users.loadUserByUsername("editor"))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("<td id=\"figure-distinct\">672</td>");
	}

	@Test
	void recordsARegisterEntryAndRefusesANegativeAmount() throws Exception {
		var editor = user(users.loadUserByUsername("editor"));
		String bad = mvc.perform(post("/console/disclosure/register").with(editor).with(csrf()).param("kind", "SPECIAL_BUDGET")
				.param("occurredOn", "2044-03-01").param("title", "专项经费").param("amount", "-1"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(bad).contains("金额应为不小于0的数字", "value=\"-1\"");
		mvc.perform(post("/console/disclosure/register").with(editor).with(csrf()).param("kind", "SPECIAL_BUDGET")
				.param("occurredOn", "2044-03-01").param("title", "专项经费").param("amount", "1.5"))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("""
				select amount_fen from disclosure_register_entry where kind = 'SPECIAL_BUDGET' and occurred_on = :d""")
				.param("d", java.time.LocalDate.of(2044, 3, 1)).query(Long.class).single()).isEqualTo(1_500_000L);
	}

	@Test
	void showsTheDocumentsWithTheirInterpretationsAndTheIndexProgress() throws Exception {
		var editor = user(users.loadUserByUsername("editor"));
		String documents = mvc.perform(get("/console/disclosure/documents").with(editor)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(documents).contains("宁夏回族自治区信访工作责任制实施细则", "宁信发〔2017〕12号");
		assertThat(mvc.perform(get("/console/disclosure/index").with(editor)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString()).contains("<progress");
	}

	@Test
	void rebuildsTheSearchIndexFromTheConsoleAndReportsItsProgress() throws Exception {
		var editor = user(users.loadUserByUsername("editor"));
		mvc.perform(post("/console/disclosure/index").with(editor).with(csrf())).andExpect(status().is3xxRedirection());
		long items = jdbc.sql("select count(*) from disclosure_item").query(Long.class).single();
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> !index.progress().running());
		assertThat(index.progress().failed()).isFalse();
		assertThat(index.progress().total()).isEqualTo(items);
		assertThat(index.progress().percent()).isEqualTo(100);
		String fragment = mvc.perform(get("/console/disclosure/index/progress").with(editor)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(fragment).contains("id=\"index-progress\"", "value=\"100\"").doesNotContain("<html");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'disclosure.index.rebuilt'").query(Long.class)
				.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void recordsAHotspotAnsweredTwiceThatCountsOnce() throws Exception {
		var editor = user(users.loadUserByUsername("editor"));
		long region = jdbc.sql("select id from agency where code = '640000-xfj'").query(Long.class).single();
		long before = queries.figures(region, 2045).hotspots();
		mvc.perform(post("/console/disclosure/hotspots").with(editor).with(csrf()).param("subject", "群众关注的拖欠农民工工资问题")
				.param("aroseOn", "2045-01-10").param("channel", "WEIBO").param("respondedOn", "2045-01-11"))
				.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from disclosure_hotspot where subject = '群众关注的拖欠农民工工资问题'").query(Long.class).single();
		mvc.perform(post("/console/disclosure/hotspots/{id}/answers", id).with(editor).with(csrf()).param("channel", "WEBSITE")
				.param("respondedOn", "2045-01-12").param("year", "2045")).andExpect(status().is3xxRedirection());
		YearFigures after = queries.figures(region, 2045);
		assertThat(after.hotspots() - before).isEqualTo(1);
		assertThat(mvc.perform(get("/console/disclosure/register?year=2045").with(editor)).andReturn().getResponse()
				.getContentAsString()).contains("群众关注的拖欠农民工工资问题", "政务微博", "政府网站");
	}

	@Test
	void attachesASniffedPdfToADraftAndRefusesADisguisedFileWithAChineseMessage() throws Exception {
		var editor = user(users.loadUserByUsername("editor"));
		String location = mvc.perform(post("/console/disclosure/items").with(editor).with(csrf())
				.param("title", "附件测试通知").param("issuingBody", "宁夏回族自治区信访局").param("topic", "NEWS")
				.param("genre", "NOTICE").param("column", "catalogue").param("body", "见附件。"))
				.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		var pdf = new org.springframework.mock.web.MockMultipartFile("file", "通知全文.pdf", "application/pdf",
				"%PDF-1.4 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/console/disclosure/items/{id}/attachments", id).file(pdf).with(editor).with(csrf()))
				.andExpect(status().is3xxRedirection());
		var fake = new org.springframework.mock.web.MockMultipartFile("file", "virus.pdf", "application/pdf",
				"MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/console/disclosure/items/{id}/attachments", id).file(fake).with(editor).with(csrf()))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
						.attribute("problem", "disclosure.error.attachmentContent"));
		assertThat(queries.attachments(id)).extracting(DisclosureQueries.AttachmentRow::fileName).containsExactly("通知全文.pdf");
		long attachment = queries.attachments(id).get(0).id();
		// Not downloadable while the item is a draft.
		mvc.perform(get("/disclosure/attachments/{a}", attachment)).andExpect(status().isNotFound());
		mvc.perform(post("/console/disclosure/items/{id}/submit", id).with(editor).with(csrf()));
		mvc.perform(post("/console/disclosure/items/{id}/publish", id).with(editor).with(csrf()).param("channel", "WEBSITE")
				.param("date", "2026-02-02").param("confirm", "yes"));
		var download = mvc.perform(get("/disclosure/attachments/{a}", attachment)).andExpect(status().isOk()).andReturn()
				.getResponse();
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
		assertThat(download.getContentAsByteArray()).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}
}
