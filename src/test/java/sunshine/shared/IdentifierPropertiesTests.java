package sunshine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import sunshine.Generator;
import sunshine.Property;

/**
 * Properties of the identifier checks over thousands of generated values, each judged by the
 * standards' own definitions written out here independently of the weight tables in the code:
 * GB 11643-1999 §7 (ISO 7064 MOD 11-2: the sum of every character, the check character included,
 * times 2 to the power of its distance from the right end, is ≡ 1 mod 11, X standing for 10) and
 * GB 32100-2015 §5 (the weight of the i-th character is 3^(i-1) mod 31; the code's weighted sum plus
 * the check character's value is ≡ 0 mod 31).
 */
class IdentifierPropertiesTests {

	static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/** ISO 7064 MOD 11-2 over all 18 characters, as GB 11643-1999 defines it. */
	static boolean mod11_2Holds(String number) {
		long sum = 0;
		for (int i = 0; i < 18; i++) {
			char c = Character.toUpperCase(number.charAt(i));
			int value = c == 'X' ? 10 : c - '0';
			sum += value * (1L << (17 - i));
		}
		return sum % 11 == 1;
	}

	/** GB 32100-2015: Σ C_i·3^(i-1) over the first 17, plus the check character's value, ≡ 0 mod 31. */
	static boolean mod31Holds(String code) {
		long sum = 0;
		long weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += CREDIT_CHARSET.indexOf(code.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}
		return (sum + CREDIT_CHARSET.indexOf(code.charAt(17))) % 31 == 0;
	}

	/** 17 digits: a region, a birth date aimed at edges (1880-01-01, year ends, 29 February), a sequence. */
	static String first17(Generator gen) {
		String region = gen.oneOf("640102", "640104", "110105", "440524", "650102", "000000", "999999");
		LocalDate birth = gen.oneIn(4) ? gen.oneOf(LocalDate.of(1880, 1, 1), LocalDate.of(2000, 2, 29),
				LocalDate.of(1999, 12, 31), LocalDate.of(2024, 2, 29), LocalDate.of(1949, 12, 31))
				: gen.date(LocalDate.of(1880, 1, 1), LocalDate.of(2026, 12, 31));
		return region + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
				+ gen.digits(3);
	}

	@Test
	void theStandardsOwnExamplesSatisfyTheOracles() {
		// GB 11643-1999's examples, and GB 32100-2015's, checked against the definitions above first.
		assertThat(mod11_2Holds("11010519491231002X")).isTrue();
		assertThat(mod11_2Holds("440524188001010014")).isTrue();
		assertThat(mod11_2Holds("440524188001010015")).isFalse();
		assertThat(mod31Holds("91350100M000100Y43")).isTrue();
		assertThat(mod31Holds("91350100M000100Y44")).isFalse();
	}

	@Test
	void anEighteenCharacterNumberWithAValidBirthDateIsAcceptedExactlyWhenMod11_2Holds() {
		Property.forAll(2000, gen -> {
			String first17 = first17(gen);
			for (char last : "0123456789Xx".toCharArray()) {
				String number = first17 + last;
				assertThat(ChineseIdNumber.isValid(number)).as(number).isEqualTo(mod11_2Holds(number));
			}
		});
	}

	@Test
	void exactlyOneCheckCharacterCompletesEachNumber() {
		Property.forAll(2000, gen -> {
			String first17 = first17(gen);
			long accepted = "0123456789X".chars().filter(c -> ChineseIdNumber.isValid(first17 + (char) c)).count();
			assertThat(accepted).as(first17).isEqualTo(1);
			assertThat(ChineseIdNumber.checkCharacter(first17)).as(first17)
					.matches(c -> mod11_2Holds(first17 + c));
		});
	}

	@Test
	void aSingleChangedDigitOrTwoSwappedNeighboursAreCaught() {
		// What MOD 11-2 exists for: every single-digit error and every swap of two different adjacent digits.
		Property.forAll(2000, gen -> {
			String first17 = first17(gen);
			String number = first17 + ChineseIdNumber.checkCharacter(first17);
			int at = gen.between(0, 16);
			char[] changed = number.toCharArray();
			changed[at] = (char) ('0' + (changed[at] - '0' + gen.between(1, 9)) % 10);
			assertThat(ChineseIdNumber.isValid(new String(changed))).as(new String(changed)).isFalse();
			char[] swapped = number.toCharArray();
			int pos = gen.between(0, 15);
			if (swapped[pos] != swapped[pos + 1]) {
				char c = swapped[pos];
				swapped[pos] = swapped[pos + 1];
				swapped[pos + 1] = c;
				assertThat(ChineseIdNumber.isValid(new String(swapped))).as(new String(swapped)).isFalse();
			}
		});
	}

	@Test
	void aNumberWhoseBirthDateIsNotADayIsRefused() {
		Property.forAll(1000, gen -> {
			String date = gen.oneOf("19990230", "20230229", "19491331", "19850001", "19850100", "18791231", "20000431");
			String first17 = gen.oneOf("640102", "110105") + date + gen.digits(3);
			for (char last : "0123456789X".toCharArray()) {
				assertThat(ChineseIdNumber.isValid(first17 + last)).as(first17 + last).isFalse();
			}
		});
	}

	@Test
	void anyTextThatIsNotEighteenCharactersIsRefused() {
		Property.forAll(2000, gen -> {
			String text = gen.oneIn(2) ? gen.anyText(40) : first17(gen).substring(0, gen.between(0, 17))
					+ (gen.bool() ? "" : "X".repeat(gen.between(2, 4)));
			if (text.length() != 18) {
				assertThat(ChineseIdNumber.isValid(text)).as(text).isFalse();
				assertThat(UnifiedSocialCreditCode.isValid(text)).as(text).isFalse();
			}
		});
	}

	@Test
	void aCreditCodeIsAcceptedExactlyWhenMod31Holds() {
		Property.forAll(2000, gen -> {
			String first17 = gen.string(CREDIT_CHARSET, 17);
			int accepted = 0;
			for (char last : CREDIT_CHARSET.toCharArray()) {
				String code = first17 + last;
				assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isEqualTo(mod31Holds(code));
				accepted += mod31Holds(code) ? 1 : 0;
			}
			assertThat(accepted).isEqualTo(1);
			assertThat(mod31Holds(first17 + UnifiedSocialCreditCode.checkCharacter(first17))).as(first17).isTrue();
			String withForbidden = first17.substring(0, 8) + gen.oneOf('I', 'O', 'Z', 'S', 'V') + first17.substring(9)
					+ UnifiedSocialCreditCode.checkCharacter(first17);
			assertThat(UnifiedSocialCreditCode.isValid(withForbidden)).as(withForbidden).isFalse();
		});
	}
}
