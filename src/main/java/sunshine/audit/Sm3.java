package sunshine.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** SM3 (GB/T 32905-2016), the national hash algorithm, and HMAC-SM3 (RFC 2104 over SM3), over UTF-8 text. */
final class Sm3 {

	private Sm3() {
	}

	static String hex(String text) {
		byte[] input = text.getBytes(StandardCharsets.UTF_8);
		SM3Digest digest = new SM3Digest();
		digest.update(input, 0, input.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	/** HMAC-SM3 of {@code text} under {@code key}, as 64 lower-case hex digits. */
	static String hmacHex(byte[] key, String text) {
		byte[] input = text.getBytes(StandardCharsets.UTF_8);
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}
}
