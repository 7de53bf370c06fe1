package sunshine.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import sunshine.MutableClock;
import sunshine.shared.PersonalDataCipher;
import sunshine.shared.PersonalDataKeys;

class AbuseGuardTests {

	final MutableClock clock = new MutableClock(ZoneId.of("Asia/Shanghai"));
	final PersonalDataCipher cipher = new PersonalDataCipher(
			new PersonalDataKeys(Map.of(1, "sunshine-test-k1".getBytes()), "sunshine-index-k".getBytes()));

	AbuseGuard guard(String challenge) {
		return new AbuseGuard(new AbuseSettings(challenge, 8, Duration.ofMinutes(10), 5, 30, 3, 30,
				Duration.ofMinutes(10), 65536), clock, cipher);
	}

	static MockHttpServletRequest form(String address) {
		var request = new MockHttpServletRequest("POST", "/petitions/submit");
		request.setRemoteAddr(address);
		return request;
	}

	static String solve(Challenge challenge) {
		for (int nonce = 0;; nonce++) {
			if (AbuseGuard.leadingZeroBits(AbuseGuard.sha256(challenge.token() + ":" + nonce)) >= challenge.difficultyBits()) {
				return String.valueOf(nonce);
			}
		}
	}

	@Test
	void countsLeadingZeroBits() {
		assertThat(AbuseGuard.leadingZeroBits(new byte[] { 0, 0, 0x10, 1 })).isEqualTo(19);
		assertThat(AbuseGuard.leadingZeroBits(new byte[] { (byte) 0x80 })).isZero();
		assertThat(AbuseGuard.leadingZeroBits(new byte[] { 0, 1 })).isEqualTo(15);
	}

	@Test
	void admitsASolvedChallengeOnceOnly() {
		AbuseGuard guard = guard("on");
		Challenge challenge = guard.issue();
		var request = form("10.0.0.1");
		request.addParameter(AbuseGuard.TOKEN_FIELD, challenge.token());
		request.addParameter(AbuseGuard.NONCE_FIELD, solve(challenge));
		assertThat(guard.admitForm(request, "13812345678", "路灯坏了").admitted()).isTrue();
		assertThat(guard.admitForm(request, "13812345678", "另一件事").messageKey()).isEqualTo("abuse.challenge");
	}

	@Test
	void acceptsTheArithmeticAnswerOfABrowserWithoutJavaScript() {
		AbuseGuard guard = guard("on");
		Challenge challenge = guard.issue();
		String[] terms = challenge.question().split(" \\+ ");
		var request = form("10.0.0.2");
		request.addParameter(AbuseGuard.TOKEN_FIELD, challenge.token());
		request.addParameter(AbuseGuard.ANSWER_FIELD, String.valueOf(Integer.parseInt(terms[0]) + Integer.parseInt(terms[1])));
		assertThat(guard.admitForm(request, null, "内容").admitted()).isTrue();

		Challenge second = guard.issue();
		var wrong = form("10.0.0.2");
		wrong.addParameter(AbuseGuard.TOKEN_FIELD, second.token());
		wrong.addParameter(AbuseGuard.ANSWER_FIELD, "999");
		assertThat(guard.admitForm(wrong, null, "内容二").messageKey()).isEqualTo("abuse.challenge");
	}

	@Test
	void refusesAnExpiredOrForgedChallenge() {
		AbuseGuard guard = guard("on");
		Challenge challenge = guard.issue();
		String nonce = solve(challenge);
		clock.advance(Duration.ofMinutes(11));
		var late = form("10.0.0.3");
		late.addParameter(AbuseGuard.TOKEN_FIELD, challenge.token());
		late.addParameter(AbuseGuard.NONCE_FIELD, nonce);
		assertThat(guard.admitForm(late, null, "x").messageKey()).isEqualTo("abuse.challenge");

		Challenge fresh = guard.issue();
		String forged = fresh.token().replaceFirst("\\.(\\d+)\\.(\\d+)\\.", ".1.1.");
		var request = form("10.0.0.3");
		request.addParameter(AbuseGuard.TOKEN_FIELD, forged);
		request.addParameter(AbuseGuard.ANSWER_FIELD, "2");
		assertThat(guard.admitForm(request, null, "y").messageKey()).isEqualTo("abuse.challenge");
	}

	@Test
	void refusesAFilledHoneypot() {
		var request = form("10.0.0.4");
		request.addParameter(AbuseGuard.HONEYPOT_FIELD, "http://spam.example");
		assertThat(guard("off").admitForm(request, null, "x").messageKey()).isEqualTo("abuse.honeypot");
	}

	@Test
	void limitsOneAddressToItsBurstAndRefillsWithTime() {
		AbuseGuard guard = guard("off");
		for (int i = 1; i <= 5; i++) {
			assertThat(guard.admitSubmission(form("10.0.0.5"), null, "内容" + i).admitted()).as("submission %d", i).isTrue();
		}
		Admission sixth = guard.admitSubmission(form("10.0.0.5"), null, "内容6");
		assertThat(sixth.admitted()).isFalse();
		assertThat(sixth.status()).isEqualTo(429);
		assertThat(guard.admitSubmission(form("10.0.0.6"), null, "内容6").admitted()).as("another address").isTrue();
		clock.advance(Duration.ofMinutes(1));
		assertThat(guard.admitSubmission(form("10.0.0.5"), null, "内容7").admitted()).isTrue();
	}

	@Test
	void limitsOnePhoneNumberPerDayWhateverTheAddress() {
		AbuseGuard guard = guard("off");
		for (int i = 1; i <= 3; i++) {
			assertThat(guard.admitSubmission(form("10.1.0." + i), "13900000000", "事项" + i).admitted()).isTrue();
		}
		assertThat(guard.admitSubmission(form("10.1.0.9"), "13900000000", "事项4").messageKey())
				.isEqualTo("abuse.tooManyFromPhone");
	}

	@Test
	void refusesTheSameContentTwiceWithinTheWindow() {
		AbuseGuard guard = guard("off");
		assertThat(guard.admitSubmission(form("10.2.0.1"), "13700000000", "小区 路灯 坏了").admitted()).isTrue();
		assertThat(guard.admitSubmission(form("10.2.0.2"), "13700000000", "小区路灯坏了").messageKey())
				.isEqualTo("abuse.duplicate");
		clock.advance(Duration.ofMinutes(11));
		assertThat(guard.admitSubmission(form("10.2.0.3"), "13700000000", "小区路灯坏了").admitted()).isTrue();
	}

	@Test
	void limitsTrackingLookups() {
		AbuseGuard guard = guard("off");
		for (int i = 0; i < 30; i++) {
			assertThat(guard.admitLookup(form("10.3.0.1")).admitted()).isTrue();
		}
		assertThat(guard.admitLookup(form("10.3.0.1")).messageKey()).isEqualTo("abuse.tooManyLookups");
	}

	@Test
	void replaysTheResponseOfAnIdempotencyKey() {
		AbuseGuard guard = guard("off");
		assertThat(guard.replay("key-1")).isEmpty();
		guard.remember("key-1", Map.of("trackingCode", "XF-2025-ABCDEFGH"));
		assertThat(guard.replay("key-1")).hasValue(Map.of("trackingCode", "XF-2025-ABCDEFGH"));
		clock.advance(Duration.ofDays(2));
		assertThat(guard.replay("key-1")).isEmpty();
	}

	@Test
	void theChallengeCanBeSwitchedOffForIntranets() {
		assertThat(guard("off").challengeOn()).isFalse();
		assertThat(guard("on").challengeOn()).isTrue();
		assertThat(guard("off").admitForm(form("10.4.0.1"), null, "x").admitted()).isTrue();
	}
}
