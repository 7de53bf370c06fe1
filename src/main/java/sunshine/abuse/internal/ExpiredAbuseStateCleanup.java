package sunshine.abuse.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every ten minutes ({@code sunshine.abuse.cleanup-cron}), once across all nodes: deletes the gate's
 * rows that no longer count — buckets full again, challenges and contents past their window, answers
 * of idempotency keys older than a day. A flood leaves its rows behind; this keeps the tables to what
 * the last day's traffic needs.
 */
@Component
class ExpiredAbuseStateCleanup {

	private static final Logger log = LoggerFactory.getLogger(ExpiredAbuseStateCleanup.class);

	private final SharedAbuseState state;
	private final Clock clock;

	ExpiredAbuseStateCleanup(SharedAbuseState state, Clock clock) {
		this.state = state;
		this.clock = clock;
	}

	@Scheduled(cron = "${sunshine.abuse.cleanup-cron:0 */10 * * * *}")
	@SchedulerLock(name = "abuse-expired-state-cleanup", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
	void forgetExpired() {
		int rows = state.forget(clock.instant());
		if (rows > 0) {
			log.info("Anti-abuse state: {} expired rows deleted", rows);
		}
	}
}
