package sunshine.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTests {

	static final byte[] K1 = "sunshine-test-k1".getBytes();
	static final byte[] K2 = "sunshine-test-k2".getBytes();
	static final byte[] INDEX = "sunshine-index-k".getBytes();

	final PersonalDataCipher cipher = new PersonalDataCipher(new PersonalDataKeys(Map.of(1, K1), INDEX));

	@Test
	void theCipherIsSm4() throws Exception {
		// GB/T 32907-2016 Appendix A, example 1: key = plaintext = 0123456789abcdeffedcba9876543210.
		byte[] block = HexFormat.of().parseHex("0123456789abcdeffedcba9876543210");
		Cipher sm4 = Cipher.getInstance("SM4/ECB/NoPadding", new BouncyCastleProvider());
		sm4.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(block, "SM4"));
		assertThat(HexFormat.of().formatHex(sm4.doFinal(block))).isEqualTo("681edf34d206965e86b3e94f536e4246");
	}

	@Test
	void storesNoPlaintextAndReadsItBack() {
		for (String plain : new String[] { "欧阳娜娜", "640102198507151232", "13812345678", "银川市兴庆区解放西街369号𠀀" }) {
			String stored = cipher.encrypt(plain);
			assertThat(stored).startsWith("sm4:v1:").doesNotContain(plain);
			assertThat(new String(Base64.getDecoder().decode(stored.substring(7)))).doesNotContain(plain);
			assertThat(cipher.decrypt(stored)).isEqualTo(plain);
		}
	}

	@Test
	void encryptsTheSameValueDifferentlyEachTime() {
		assertThat(cipher.encrypt("13812345678")).isNotEqualTo(cipher.encrypt("13812345678"));
	}

	@Test
	void refusesAnAlteredCiphertext() {
		String stored = cipher.encrypt("13812345678");
		char last = stored.charAt(stored.length() - 3);
		String altered = stored.substring(0, stored.length() - 3) + (last == 'A' ? 'B' : 'A') + stored.substring(stored.length() - 2);
		assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aNewKeyEncryptsWhileOldValuesStayReadable() {
		String old = cipher.encrypt("张三");
		var rotated = new PersonalDataCipher(new PersonalDataKeys(Map.of(1, K1, 2, K2), INDEX));
		assertThat(rotated.decrypt(old)).isEqualTo("张三");
		assertThat(rotated.isCurrent(old)).isFalse();
		String fresh = rotated.encrypt("张三");
		assertThat(fresh).startsWith("sm4:v2:");
		assertThat(rotated.isCurrent(fresh)).isTrue();
		assertThatThrownBy(() -> cipher.decrypt(fresh)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void readsValuesWrittenBeforeEncryptionAsTheyAre() {
		assertThat(cipher.decrypt("13812345678")).isEqualTo("13812345678");
		assertThat(cipher.decrypt(null)).isNull();
	}

	@Test
	void findsEqualValuesByBlindIndexWithoutRevealingThem() {
		String index = cipher.blindIndex("11010519491231002x");
		assertThat(index).hasSize(64).isEqualTo(cipher.blindIndex(" 11010519491231002X "));
		assertThat(index).isNotEqualTo(cipher.blindIndex("440524188001010014"));
		var otherKey = new PersonalDataCipher(new PersonalDataKeys(Map.of(1, K1), K2));
		assertThat(otherKey.blindIndex("11010519491231002X")).isNotEqualTo(index);
	}

	@Test
	void masksForListsAndExports() {
		assertThat(Masking.name("张三")).isEqualTo("张*");
		assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
		assertThat(Masking.idNumber("640102198507151232")).isEqualTo("640102********1232");
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.address("银川市兴庆区解放西街369号")).isEqualTo("银川市兴庆区****");
	}
}
