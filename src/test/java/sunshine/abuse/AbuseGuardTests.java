package sunshine.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mock.web.MockHttpServletRequest;

import sunshine.MutableClock;
import sunshine.abuse.internal.SharedAbuseState;
import sunshine.shared.PersonalDataCipher;
import sunshine.shared.PersonalDataKeys;

class AbuseGuardTests {

	final MutableClock clock = new MutableClock(ZoneId.of("Asia/Shanghai"));
	final PersonalDataCipher cipher = new PersonalDataCipher(
			new PersonalDataKeys(Map.of(1, "sunshine-test-k1".getBytes()), "sunshine-index-k".getBytes()));

	/** The gate's shared tables, as V23 makes them, in an in-memory database of this test's own. */
	final DriverManagerDataSource dataSource = database();
	final SharedAbuseState state = new SharedAbuseState(JdbcClient.create(dataSource));

	static DriverManagerDataSource database() {
		var dataSource = new DriverManagerDataSource("jdbc:h2:mem:abuse-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/common/V23__shared_abuse_limits.sql")).execute(dataSource);
		return dataSource;
	}

	AbuseGuard guard(String challenge) {
		return new AbuseGuard(new AbuseSettings(challenge, 8, Duration.ofMinutes(10), 5, 30, 3, 30,
				Duration.ofMinutes(10), 65536, 20), clock, cipher, state);
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
		String[] parts = fresh.token().split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + "AAAAAAAAAAAAAAAAAAAAAA" + "." + parts[3];
		var request = form("10.0.0.3");
		request.addParameter(AbuseGuard.TOKEN_FIELD, forged);
		request.addParameter(AbuseGuard.ANSWER_FIELD, "2");
		assertThat(guard.admitForm(request, null, "y").messageKey()).isEqualTo("abuse.challenge");
	}

	@Test
	void theTokenDoesNotCarryTheNumbersOfItsQuestion() {
		AbuseGuard guard = guard("on");
		for (int i = 0; i < 50; i++) {
			Challenge challenge = guard.issue();
			String[] terms = challenge.question().split(" \\+ ");
			String[] parts = challenge.token().split("\\.");
			assertThat(parts).hasSize(4);
			assertThat(parts[2]).as("the answer's tag").hasSize(22).doesNotMatch("\\d+");
			assertThat(java.util.Arrays.asList(parts)).doesNotContain(terms[0], terms[1],
					String.valueOf(Integer.parseInt(terms[0]) + Integer.parseInt(terms[1])));
		}
	}

	@Test
	void aWrongAnswerUsesTheChallengeUpSoItCannotBeGuessed() {
		AbuseGuard guard = guard("on");
		Challenge challenge = guard.issue();
		String[] terms = challenge.question().split(" \\+ ");
		int sum = Integer.parseInt(terms[0]) + Integer.parseInt(terms[1]);
		var wrong = form("10.0.1.1");
		wrong.addParameter(AbuseGuard.TOKEN_FIELD, challenge.token());
		wrong.addParameter(AbuseGuard.ANSWER_FIELD, String.valueOf(sum + 1));
		assertThat(guard.admitForm(wrong, null, "甲").messageKey()).isEqualTo("abuse.challenge");
		var right = form("10.0.1.1");
		right.addParameter(AbuseGuard.TOKEN_FIELD, challenge.token());
		right.addParameter(AbuseGuard.ANSWER_FIELD, String.valueOf(sum));
		assertThat(guard.admitForm(right, null, "乙").messageKey()).isEqualTo("abuse.challenge");
	}

	@Test
	void noAnswerWithoutWorkPassesWhateverTheNumberTried() {
		AbuseGuard guard = guard("on");
		int passed = 0;
		for (int answer = 0; answer <= 45; answer++) {
			var attempt = form("10.0.1.2");
			attempt.addParameter(AbuseGuard.TOKEN_FIELD, guard.issue().token());
			attempt.addParameter(AbuseGuard.ANSWER_FIELD, "35");
			attempt.addParameter(AbuseGuard.NONCE_FIELD, "0");
			passed += guard.admitForm(attempt, null, "丙" + answer).admitted() ? 1 : 0;
		}
		// 35 is right for at most the few questions whose sum is 35 (of 400 pairs, 6): far from all 46
		assertThat(passed).isLessThan(12);
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
			assertThat(guard.admitSubmission(form("10.0.0.5"), null).admitted()).as("submission %d", i).isTrue();
		}
		Admission sixth = guard.admitSubmission(form("10.0.0.5"), null);
		assertThat(sixth.admitted()).isFalse();
		assertThat(sixth.status()).isEqualTo(429);
		// five a minute, refilled greedily: one more every twelve seconds
		assertThat(sixth.retryAfterSeconds()).isBetween(1L, 12L);
		assertThat(guard.admitSubmission(form("10.0.0.6"), null).admitted()).as("another address").isTrue();
		clock.advance(Duration.ofMinutes(1));
		assertThat(guard.admitSubmission(form("10.0.0.5"), null).admitted()).isTrue();
	}

	@Test
	void limitsOnePhoneNumberPerDayWhateverTheAddress() {
		AbuseGuard guard = guard("off");
		for (int i = 1; i <= 3; i++) {
			assertThat(guard.admitSubmission(form("10.1.0." + i), "13900000000").admitted()).isTrue();
		}
		assertThat(guard.admitSubmission(form("10.1.0.9"), "13900000000").messageKey())
				.isEqualTo("abuse.tooManyFromPhone");
	}

	@Test
	void limitsOnePhoneNumberHoweverItIsWritten() {
		AbuseGuard guard = guard("off");
		String[] spellings = { "+8613800138000", "+86 13800138000", "138 0013 8000", "138-0013-8000", "008613800138000",
				"１３８００１３８０００", "8613800138000" };
		int admitted = 0;
		for (int i = 0; i < spellings.length; i++) {
			admitted += guard.admitSubmission(form("10.1.1." + i), spellings[i]).admitted() ? 1 : 0;
		}
		assertThat(admitted).as("three a day for 13800138000, however written").isEqualTo(3);
		assertThat(AbuseGuard.person("0951-5057143")).isEqualTo(AbuseGuard.person("09515057143"));
	}

	@Test
	void refusesTheSameContentFiledTwiceWithinTheWindow() {
		AbuseGuard guard = guard("off");
		assertThat(guard.isDuplicate("13700000000", "小区 路灯 坏了")).isFalse();
		guard.filed("+86 137 0000 0000", "小区 路灯 坏了");
		assertThat(guard.isDuplicate("13700000000", "小区路灯坏了")).isTrue();
		assertThat(guard.isDuplicate("13700000001", "小区路灯坏了")).as("another person").isFalse();
		clock.advance(Duration.ofMinutes(11));
		assertThat(guard.isDuplicate("13700000000", "小区路灯坏了")).isFalse();
	}

	@Test
	void limitsLookupsPerAddressAndPerTrackingCode() {
		AbuseGuard guard = guard("off");
		for (int i = 0; i < 30; i++) {
			assertThat(guard.admitLookup(form("10.3.0.1"), "XF-2026-A" + i).admitted()).isTrue();
		}
		Admission refused = guard.admitLookup(form("10.3.0.1"), "XF-2026-B");
		assertThat(refused.messageKey()).isEqualTo("abuse.tooManyLookups");
		assertThat(refused.retryAfterSeconds()).isBetween(1L, 2L);
		for (int i = 0; i < 20; i++) {
			assertThat(guard.admitLookup(form("10.3.1." + i), "xf-2026-c ").admitted()).isTrue();
		}
		assertThat(guard.admitLookup(form("10.3.2.1"), "XF-2026-C").admitted()).as("21st look-up of one code").isFalse();
	}

	@Test
	void replaysTheResponseOfAnIdempotencyKeyToItsClientForItsBodyOnly() {
		AbuseGuard guard = guard("off");
		var client = form("10.5.0.1");
		client.addHeader(AbuseGuard.IDEMPOTENCY_HEADER, "key-1");
		var other = form("10.5.0.2");
		other.addHeader(AbuseGuard.IDEMPOTENCY_HEADER, "key-1");
		assertThat(guard.replay(client, "{a}")).isInstanceOf(AbuseGuard.Replay.None.class);
		guard.remember(client, "{a}", Map.of("trackingCode", "XF-2025-ABCDEFGH"));
		assertThat(guard.replay(client, "{a}")).isEqualTo(new AbuseGuard.Replay.Same(Map.of("trackingCode", "XF-2025-ABCDEFGH")));
		assertThat(guard.replay(client, "{b}")).isInstanceOf(AbuseGuard.Replay.OtherBody.class);
		assertThat(guard.replay(other, "{a}")).isInstanceOf(AbuseGuard.Replay.None.class);
		clock.advance(Duration.ofDays(2));
		assertThat(guard.replay(client, "{a}")).isInstanceOf(AbuseGuard.Replay.None.class);
	}

	@Test
	void theChallengeCanBeSwitchedOffForIntranets() {
		assertThat(guard("off").challengeOn()).isFalse();
		assertThat(guard("on").challengeOn()).isTrue();
		assertThat(guard("off").admitForm(form("10.4.0.1"), null, "x").admitted()).isTrue();
	}

	/** Another node: its own gate, its own state object, the same database. */
	AbuseGuard otherNode(String challenge) {
		return new AbuseGuard(new AbuseSettings(challenge, 8, Duration.ofMinutes(10), 5, 30, 3, 30,
				Duration.ofMinutes(10), 65536, 20), clock, cipher, new SharedAbuseState(JdbcClient.create(dataSource)));
	}

	@Test
	void twoNodesShareEveryLimitWhereverTheHitsFall() {
		sunshine.Property.forAll(20, gen -> {
			AbuseGuard a = guard("off");
			AbuseGuard b = otherNode("off");
			String code = "XF-2026-" + gen.string("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8);
			int admitted = 0;
			for (int i = 0; i < 20 + gen.between(1, 20); i++) {
				admitted += (gen.bool() ? a : b).admitLookup(form("10.7." + gen.random().nextInt(256) + "." + gen.random().nextInt(256)), code)
						.admitted() ? 1 : 0;
			}
			assertThat(admitted).as("20 look-ups of one code an hour, on both nodes together").isEqualTo(20);

			String phone = "139" + gen.digits(8);
			int filed = 0;
			for (int i = 0; i < 3 + gen.between(1, 5); i++) {
				filed += (gen.bool() ? a : b).admitSubmission(form("10.8." + gen.random().nextInt(256) + "." + gen.random().nextInt(256)), phone)
						.admitted() ? 1 : 0;
			}
			assertThat(filed).as("three submissions a day per phone, on both nodes together").isEqualTo(3);
		});
	}

	@Test
	void aChallengeUsedOnOneNodeIsUsedOnAll() {
		AbuseGuard a = guard("on");
		AbuseGuard b = otherNode("on");
		Challenge challenge = b.issue();
		var first = form("10.9.0.1");
		first.addParameter(AbuseGuard.TOKEN_FIELD, challenge.token());
		first.addParameter(AbuseGuard.NONCE_FIELD, solve(challenge));
		assertThat(a.admitForm(first, null, "第一次").admitted()).as("issued by B, answered on A").isTrue();
		assertThat(b.admitForm(first, null, "第二次").messageKey()).isEqualTo("abuse.challenge");
	}

	@Test
	void aDuplicateOrAnIdempotencyKeyFiledOnOneNodeIsKnownOnTheOther() {
		AbuseGuard a = guard("off");
		AbuseGuard b = otherNode("off");
		a.filed("13700000002", "楼道 灯 不亮");
		assertThat(b.isDuplicate("137 0000 0002", "楼道灯不亮")).isTrue();

		var client = form("10.9.1.1");
		client.addHeader(AbuseGuard.IDEMPOTENCY_HEADER, "key-2");
		a.remember(client, "{x}", Map.of("trackingCode", "XF-2026-ABCDEFGH", "queryCode", "KQ7M2P"));
		assertThat(b.replay(client, "{x}"))
				.isEqualTo(new AbuseGuard.Replay.Same(Map.of("trackingCode", "XF-2026-ABCDEFGH", "queryCode", "KQ7M2P")));
		assertThat(b.replay(client, "{y}")).isInstanceOf(AbuseGuard.Replay.OtherBody.class);
	}

	@Test
	void theSharedTablesHoldNoAddressPhoneNumberCodeOrQueryCode() {
		AbuseGuard a = guard("off");
		var request = form("192.168.77.31");
		request.addHeader(AbuseGuard.IDEMPOTENCY_HEADER, "my-key-31");
		a.admitSubmission(request, "13912347731");
		a.admitLookup(request, "XF-2026-QWERTY77");
		a.filed("13912347731", "内容七七");
		a.remember(request, "{z}", Map.of("trackingCode", "XF-2026-QWERTY77", "queryCode", "ZX7731"));
		var jdbc = JdbcClient.create(dataSource);
		String everything = String.join("|", jdbc.sql("""
				select concat(limit_name, ' ', limit_key) from abuse_limit
				union all select concat(mark_kind, ' ', mark_key) from abuse_mark
				union all select concat(client_key, ' ', body_digest, ' ', response) from abuse_idempotency""")
				.query(String.class).list());
		assertThat(everything).contains("ip-burst", "lookup-code", "content")
				.doesNotContain("192.168", "13912347731", "QWERTY77", "ZX7731", "my-key-31");
	}
}
