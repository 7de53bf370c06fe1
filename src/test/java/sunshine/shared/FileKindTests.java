package sunshine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileKindTests {

	static final byte[] MZ = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };

	@Test
	void knowsAKindByItsNameWhateverTheCase() {
		assertThat(FileKind.named("通知.PDF")).contains(FileKind.PDF);
		assertThat(FileKind.named("照片.Jpeg")).contains(FileKind.JPEG);
		assertThat(FileKind.named("照片.jpg")).contains(FileKind.JPEG);
		assertThat(FileKind.named("说明.txt")).contains(FileKind.TEXT);
		assertThat(FileKind.named("程序.exe")).isEmpty();
		assertThat(FileKind.named("没有扩展名")).isEmpty();
		assertThat(FileKind.named(null)).isEmpty();
	}

	@Test
	void acceptsBytesOfTheKindTheNameSaysAndNothingElse() {
		assertThat(FileKind.PDF.matches("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
		assertThat(FileKind.PDF.matches(MZ)).isFalse();
		assertThat(FileKind.PDF.matches("%PD".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(FileKind.JPEG.matches("<html><script>".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(FileKind.JPEG.matches(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).isTrue();
		assertThat(FileKind.DOCX.matches(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 })).isTrue();
		assertThat(FileKind.DOC.matches(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 })).isFalse();
	}

	@Test
	void takesTextInUtf8OrGb18030WithoutControlCharacters() {
		assertThat(FileKind.TEXT.matches("路灯不亮\r\n\t第二行".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(FileKind.TEXT.matches("路灯不亮，𠀀".getBytes(Charset.forName("GB18030")))).isTrue();
		assertThat(FileKind.TEXT.matches("路灯\u0000不亮".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(FileKind.TEXT.matches(MZ)).isFalse();
	}

	@Test
	void keepsTheBareNameOfAnUpload() {
		assertThat(FileKind.bareName("C:\\Users\\张三\\证明.pdf")).isEqualTo("证明.pdf");
		assertThat(FileKind.bareName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileKind.bareName(" 说明\n\".txt ")).isEqualTo("说明.txt");
		assertThat(FileKind.bareName(null)).isEmpty();
	}
}
