package sunshine.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Short addresses masked, dates within the centuries, keyed query-code digests, public text cleaning. */
class SecurityHardeningTests {

	final PersonalDataCipher cipher = new PersonalDataCipher(
			new PersonalDataKeys(Map.of(1, "sunshine-test-k1".getBytes()), "sunshine-index-k".getBytes()));

	@Test
	void masksShortAddressesToo() {
		assertThat(Masking.address("解放街12号")).isEqualTo("解放街****");
		assertThat(Masking.address("银川")).isEqualTo("银****");
		assertThat(Masking.address("甲")).isEqualTo("****");
		assertThat(Masking.address("银川市兴庆区")).isEqualTo("银川市****");
		assertThat(Masking.address("银川市兴庆区解放西街369号")).isEqualTo("银川市兴庆区****");
		for (String address : new String[] { "解放街12号", "银川", "民族街1号院", "𠀀𠀁𠀂𠀃" }) {
			assertThat(Masking.address(address)).as(address).isNotEqualTo(address).doesNotContain(address);
		}
	}

	@Test
	void acceptsDatesOfTheCenturiesOnly() {
		assertThat(DateInput.parse(" 2026-03-01 ")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(DateInput.parse("1900-01-01")).isEqualTo(DateInput.EARLIEST);
		assertThat(DateInput.parse("2099-12-31")).isEqualTo(DateInput.LATEST);
		for (String far : new String[] { "-999999999-01-01", "+999999999-12-31", "1899-12-31", "2100-01-01", "", "abc" }) {
			assertThatThrownBy(() -> DateInput.parse(far)).as(far).isInstanceOf(DateTimeParseException.class);
		}
	}

	@Test
	void storesQueryCodesKeyedAndTiedToTheirCase() {
		var codes = new QueryCodes(cipher);
		String stored = codes.hash("GK-2026-ABCDEFGH", "K7M2QP");
		assertThat(stored).startsWith("q1:").hasSizeLessThanOrEqualTo(64);
		assertThat(stored).doesNotContain(QueryCodes.sha256Hex("GK-2026-ABCDEFGH:K7M2QP"));
		assertThat(codes.matches(stored, "gk-2026-abcdefgh ", " k7m2qp", () -> "")).isTrue();
		assertThat(codes.matches(stored, "GK-2026-ABCDEFGJ", "K7M2QP", () -> "")).as("another case").isFalse();
		assertThat(codes.matches(stored, "GK-2026-ABCDEFGH", "K7M2QR", () -> "")).isFalse();
		var otherKey = new QueryCodes(new PersonalDataCipher(
				new PersonalDataKeys(Map.of(1, "sunshine-test-k1".getBytes()), "another-index-ky".getBytes())));
		assertThat(otherKey.hash("GK-2026-ABCDEFGH", "K7M2QP")).as("without the key the digest cannot be made").isNotEqualTo(stored);

		String legacy = QueryCodes.sha256Hex("K7M2QP");
		String wrapped = codes.wrapLegacy(legacy);
		assertThat(wrapped).startsWith("q0:").hasSizeLessThanOrEqualTo(64).doesNotContain(legacy);
		assertThat(codes.matches(wrapped, "XF-2026-ABCDEFGH", "K7M2QP", () -> legacy)).isTrue();
		assertThat(codes.matches(wrapped, "XF-2026-ABCDEFGH", "K7M2QQ", () -> QueryCodes.sha256Hex("K7M2QQ"))).isFalse();
		assertThat(codes.matches(legacy, "XF-2026-ABCDEFGH", "K7M2QP", () -> legacy)).as("an unwrapped digest opens nothing")
				.isFalse();
		assertThat(codes.matches(QueryCodes.UNUSABLE, "XF-2026-ABCDEFGH", "K7M2QP", () -> legacy)).isFalse();
		assertThat(QueryCodes.isUnkeyed(legacy)).isTrue();
		assertThat(QueryCodes.isUnkeyed(wrapped)).isFalse();
		assertThat(QueryCodes.isUnkeyed(stored)).isFalse();
	}

	@Test
	void removesBidiControlsAndEmptiesInvisibleText() {
		assertThat(PublicText.clean("张\u202e三\u2066")).isEqualTo("张三");
		assertThat(PublicText.clean("\u200f\u200e王五")).isEqualTo("王五");
		for (String invisible : new String[] { "\u200b\u200b", "\u00a0", "\u3000\u3000", "\ufeff", "\u2060", "\u3164",
				"\u2800", " \t\n", "\u202e", "\u200d\u200c", "\u180e", "\u115f\u1160" }) {
			assertThat(PublicText.clean(invisible)).as("U+%04X", (int) invisible.charAt(0)).isEmpty();
		}
		assertThat(PublicText.clean("👨\u200d👩")).as("a joiner inside visible text is kept").isEqualTo("👨\u200d👩");
		assertThat(PublicText.clean(" 李四 ")).isEqualTo(" 李四 ");
		assertThat(PublicText.clean(null)).isNull();
	}

	@Test
	void readsPhoneNumbersHoweverTheyAreWritten() {
		for (String spelling : new String[] { "13800138000", "+8613800138000", "+86 13800138000", "138 0013 8000",
				"138-0013-8000", "0086 138 0013 8000", "１３８ ００１３ ８０００", "(+86) 138 0013 8000", "8613800138000" }) {
			assertThat(PhoneNumber.parse(spelling).map(PhoneNumber::value)).as(spelling).hasValue("13800138000");
		}
		assertThat(PhoneNumber.parse("0951-5057143").map(PhoneNumber::value)).hasValue("0951-5057143");
		assertThat(PhoneNumber.parse("138001380")).isEmpty();
	}
}
