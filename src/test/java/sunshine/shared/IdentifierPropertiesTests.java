package sunshine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Properties of the identifier checks over thousands of generated values. */
class IdentifierPropertiesTests {

	@Provide
	Arbitrary<String> first17() {
		Arbitrary<String> region = Arbitraries.of("640102", "640104", "110105", "440524", "650102");
		Arbitrary<String> birth = Arbitraries.integers().between(1920, 2020).flatMap(year -> Arbitraries.integers()
				.between(1, 12).flatMap(month -> Arbitraries.integers().between(1, 28)
						.map(day -> String.format("%04d%02d%02d", year, month, day))));
		Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
		return Combinators.combine(region, birth, sequence).as((r, b, s) -> r + b + s);
	}

	@Property
	void aNumberWithItsComputedCheckCharacterIsValid(@ForAll("first17") String first17) {
		assertThat(ChineseIdNumber.isValid(first17 + ChineseIdNumber.checkCharacter(first17))).isTrue();
	}

	@Property
	void anyOtherCheckCharacterIsRefused(@ForAll("first17") String first17) {
		char right = ChineseIdNumber.checkCharacter(first17);
		for (char wrong : "0123456789X".toCharArray()) {
			if (wrong != right) {
				assertThat(ChineseIdNumber.isValid(first17 + wrong)).isFalse();
			}
		}
	}

	@Property
	void anyTextThatIsNotEighteenCharactersIsRefused(@ForAll @StringLength(max = 40) String text) {
		if (text.length() != 18) {
			assertThat(ChineseIdNumber.isValid(text)).isFalse();
			assertThat(UnifiedSocialCreditCode.isValid(text)).isFalse();
		}
	}

	@Property
	void aCreditCodeWithItsComputedCheckCharacterIsValid(
			@ForAll("creditCodeBodies") String first17) {
		assertThat(UnifiedSocialCreditCode.isValid(first17 + UnifiedSocialCreditCode.checkCharacter(first17))).isTrue();
	}

	@Provide
	Arbitrary<String> creditCodeBodies() {
		return Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRTUWXY").ofLength(17);
	}
}
