package sunshine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Check characters per GB 11643-1999 and GB 32100-2015, with the standards' own examples. */
class IdentifierTests {

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "11010519491231002x", "440524188001010014" })
	void acceptsIdentityNumbersWithTheRightCheckCharacter(String number) {
		assertThat(ChineseIdNumber.isValid(number)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "110105194912310021", "440524188001010015", "11010519491331002X", "1101051949123100",
			"11010519491231002XX", "A1010519491231002X", "" })
	void refusesIdentityNumbersThatDoNotCheck(String number) {
		assertThat(ChineseIdNumber.isValid(number)).isFalse();
	}

	@Test
	void masksAnIdentityNumberForLists() {
		assertThat(new ChineseIdNumber("11010519491231002x").masked()).isEqualTo("110105********002X");
		// 6·7+4·9+0+1·5+0+2·4+1·2+9·1+8·6+5·3+0+7·9+1·10+5·5+1·8+2·4+3·2 = 285; 285 mod 11 = 10 → 2
		assertThat(ChineseIdNumber.checkCharacter("64010219850715123")).isEqualTo('2');
	}

	@Test
	void checksUnifiedSocialCreditCodes() {
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid("91350100I000100Y43")).as("I is not in the character set").isFalse();
		assertThat(UnifiedSocialCreditCode.checkCharacter("91110108MA01C1BX3")).isEqualTo('N');
	}

	@Test
	void readsMainlandPhoneNumbers() {
		assertThat(PhoneNumber.parse("13812345678").orElseThrow().masked()).isEqualTo("138****5678");
		assertThat(PhoneNumber.parse("+86 138 1234 5678")).isPresent();
		assertThat(PhoneNumber.parse("0951-5057143")).isPresent();
		assertThat(PhoneNumber.parse("12812345678")).isEmpty();
		assertThat(PhoneNumber.parse("5057143")).isEmpty();
	}

	@Test
	void makesUnguessableTrackingCodes() {
		String code = TrackingCodes.trackingCode("XF", 2025);
		assertThat(code).matches("XF-2025-[2-9A-HJKMNP-Z]{8}");
		assertThat(TrackingCodes.queryCode()).hasSize(6).isNotEqualTo(TrackingCodes.queryCode());
	}
}
