package sunshine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Known answers of GB/T 32905-2016, Appendix A; HMAC-SM3 against OpenSSL
 * ({@code openssl dgst -sm3 -hmac key} and {@code -mac HMAC -macopt hexkey:…}).
 */
class Sm3Tests {

	@Test
	void hashesAbc() {
		assertThat(Sm3.hex("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void hashesTheSixtyFourByteExample() {
		assertThat(Sm3.hex("abcd".repeat(16)))
				.isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
	}

	@Test
	void hmacsWithAShortKey() {
		assertThat(Sm3.hmacHex("key".getBytes(java.nio.charset.StandardCharsets.UTF_8), "abc"))
				.isEqualTo("28e63256e7c5a087b1f073265dc53092163f7b82729735d06f28f10af9d52393");
	}

	@Test
	void hmacsTheRfc4231FirstCaseText() {
		byte[] key = new byte[20];
		java.util.Arrays.fill(key, (byte) 0x0b);
		assertThat(Sm3.hmacHex(key, "Hi There"))
				.isEqualTo("51b00d1fb49832bfb01c3ce27848e59f871d9ba938dc563b338ca964755cce70");
	}
}
