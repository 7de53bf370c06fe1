package sunshine.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AttachmentPolicyTests {

	AttachmentPolicy policy = new AttachmentPolicy(1000);

	@Test
	void acceptsAPdfThatIsAPdf() {
		var verdict = policy.check("实施细则.PDF", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII));
		assertThat(verdict.accepted()).isTrue();
		assertThat(verdict.mediaType()).isEqualTo("application/pdf");
	}

	@Test
	void refusesAScriptRenamedToPdfAnUnlistedTypeAnEmptyFileAndATooLargeOne() {
		assertThat(policy.check("a.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).problem())
				.isEqualTo("disclosure.error.attachmentContent");
		assertThat(policy.check("a.exe", new byte[] { 0x4D, 0x5A }).problem()).isEqualTo("disclosure.error.attachmentType");
		assertThat(policy.check("a.html", "<html>".getBytes(StandardCharsets.UTF_8)).problem())
				.isEqualTo("disclosure.error.attachmentType");
		assertThat(policy.check("a.png", new byte[0]).problem()).isEqualTo("disclosure.error.attachmentEmpty");
		byte[] big = new byte[1001];
		big[0] = '%';
		assertThat(policy.check("a.pdf", big).problem()).isEqualTo("disclosure.error.attachmentSize");
	}

	@Test
	void acceptsAnOfficeDocumentByItsZipSignature() {
		assertThat(policy.check("报表.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }).accepted()).isTrue();
		assertThat(policy.check("报表.xls", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }).accepted()).isFalse();
	}

	@Test
	void keepsOnlyTheFileNameWithoutPathOrControlCharacters() {
		assertThat(AttachmentPolicy.safeName("C:\\temp\\..\\通知\n.pdf")).isEqualTo("通知.pdf");
		assertThat(AttachmentPolicy.safeName("../../etc/passwd")).isEqualTo("passwd");
	}
}
