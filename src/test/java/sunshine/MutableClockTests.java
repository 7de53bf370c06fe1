package sunshine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test clock starts where {@code -Dsunshine.test.now} says, in any of its three forms, and runs on. */
class MutableClockTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	String before = System.getProperty(MutableClock.PROPERTY);

	@AfterEach
	void restore() {
		if (before == null) {
			System.clearProperty(MutableClock.PROPERTY);
		}
		else {
			System.setProperty(MutableClock.PROPERTY, before);
		}
	}

	MutableClock startingAt(String value) {
		System.setProperty(MutableClock.PROPERTY, value);
		return new MutableClock(SHANGHAI);
	}

	@Test
	void startsAtALocalTimeInShanghaiAndRunsOn() throws Exception {
		MutableClock clock = startingAt("2026-12-31T23:59:30");
		// 23:59:30 in Shanghai (UTC+8) is 15:59:30 UTC
		assertThat(clock.instant()).isBetween(Instant.parse("2026-12-31T15:59:30Z"), Instant.parse("2026-12-31T16:00:30Z"));
		Instant first = clock.instant();
		Thread.sleep(20);
		assertThat(clock.instant()).isAfter(first);
	}

	@Test
	void startsAtADayOrAnInstantWithOffset() {
		assertThat(startingAt("2027-01-01").instant())
				.isBetween(Instant.parse("2026-12-31T16:00:00Z"), Instant.parse("2026-12-31T16:01:00Z"));
		assertThat(startingAt("2026-02-05T09:00:00+08:00").instant())
				.isBetween(Instant.parse("2026-02-05T01:00:00Z"), Instant.parse("2026-02-05T01:01:00Z"));
	}

	@Test
	void movesForwardAndBackToTheRunsTimeAndSoDoesACopyInAnotherZone() {
		MutableClock clock = startingAt("2026-02-05");
		var utc = clock.withZone(ZoneId.of("UTC"));
		clock.advance(Duration.ofDays(10));
		assertThat(clock.instant()).isAfter(Instant.parse("2026-02-14T16:00:00Z"));
		assertThat(utc.instant()).as("a copy in another zone follows the advance").isAfter(Instant.parse("2026-02-14T16:00:00Z"));
		clock.reset();
		assertThat(clock.instant()).isBefore(Instant.parse("2026-02-05T00:00:00Z"));
	}

	@Test
	void followsRealTimeWhenNotSet() {
		System.clearProperty(MutableClock.PROPERTY);
		assertThat(Duration.between(Instant.now(), new MutableClock(SHANGHAI).instant()).abs()).isLessThan(Duration.ofMinutes(1));
	}
}
