package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;
import sunshine.shared.ChineseIdNumber;

/**
 * A petition's attachments are personal data (issue 15, item 4): their bytes are encrypted at rest,
 * downloaded only by the case staff of the petition's own agency, and every download is audited;
 * staff above see the file's name, type and size.
 */
@SunshineIntegrationTest
class PetitionAttachmentProtectionIntegrationTests {

	static final byte[] PDF = "%PDF-1.4 身份证复印件 欧阳娜娜 640104".getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	long[] countyPetitionWithAFile(String title) throws Exception {
		String idNumber = "64010419800101001" + ChineseIdNumber.checkCharacter("64010419800101001");
		String receipt = mvc.perform(multipart("/petitions/submit")
				.file(new MockMultipartFile("files", "身份证.pdf", "application/pdf", PDF)).param("agency", "640104-xfj")
				.param("channel", "ONLINE_COMPLAINT").param("name", "欧阳娜娜").param("idNumber", idNumber)
				.param("phone", "13995150401").param("title", title).param("content", "见附件：身份证复印件")
				.param("category", "URBAN_WAGES").with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var code = java.util.regex.Pattern.compile("id=\"tracking-code\">(XF-[^<]+)<").matcher(receipt);
		assertThat(code.find()).as(receipt).isTrue();
		long id = jdbc.sql("select id from petition where tracking_code = :c").param("c", code.group(1)).query(Long.class).single();
		long file = jdbc.sql("select id from petition_attachment where petition_id = :id").param("id", id).query(Long.class).single();
		return new long[] { id, file };
	}

	@Test
	void storesTheBytesEncrypted() throws Exception {
		long[] ids = countyPetitionWithAFile("附件加密存储");
		byte[] stored = jdbc.sql("select content from petition_attachment where id = :id").param("id", ids[1])
				.query((rs, n) -> rs.getBytes(1)).single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).startsWith("sm4:v");
		assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("欧阳娜娜", "%PDF");
		assertThat(jdbc.sql("select size_bytes from petition_attachment where id = :id").param("id", ids[1])
				.query(Long.class).single()).isEqualTo(PDF.length);
	}

	@Test
	void onlyTheCaseStaffOfTheOwnAgencyDownloadAndEachDownloadIsAudited() throws Exception {
		long[] ids = countyPetitionWithAFile("附件下载权限");
		String path = "/console/petitions/" + ids[0] + "/attachments/" + ids[1];
		var own = mvc.perform(get(path).with(user(users.loadUserByUsername("handler-640104")))).andReturn().getResponse();
		assertThat(own.getStatus()).isEqualTo(200);
		assertThat(own.getContentAsByteArray()).isEqualTo(PDF);
		String tracking = jdbc.sql("select tracking_code from petition where id = :id").param("id", ids[0])
				.query(String.class).single();
		assertThat(jdbc.sql("select count(*) from audit_entry where subject = :s and actor = 'handler-640104' and detail like :d")
				.param("s", "petition:" + tracking).param("d", "%attachment:" + ids[1] + "%").query(Long.class).single())
				.isEqualTo(1);

		for (String above : new String[] { "supervisor", "leader", "registrar", "handler" }) {
			var refused = mvc.perform(get(path).with(user(users.loadUserByUsername(above)))).andReturn().getResponse();
			assertThat(refused.getStatus()).as(above).isIn(403, 404);
			assertThat(refused.getContentAsByteArray()).as(above).isNotEqualTo(PDF);
		}
		String page = mvc.perform(get("/console/petitions/" + ids[0]).with(user(users.loadUserByUsername("supervisor"))))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("身份证.pdf", "application/pdf").doesNotContain("/attachments/" + ids[1]);
	}
}
