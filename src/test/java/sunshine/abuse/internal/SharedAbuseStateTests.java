package sunshine.abuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import sunshine.Property;

/**
 * The shared bucket, on two "nodes" (two {@link SharedAbuseState}s over one database): whatever the
 * capacity, the period and the way the hits fall on the nodes, the two together admit the capacity and
 * no more, tell the time until the next token, and refill one token per {@code period / capacity}.
 */
class SharedAbuseStateTests {

	static DataSource database() {
		var dataSource = new DriverManagerDataSource("jdbc:h2:mem:abuse-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/common/V23__shared_abuse_limits.sql")).execute(dataSource);
		return dataSource;
	}

	final DataSource database = database();
	final SharedAbuseState nodeA = new SharedAbuseState(JdbcClient.create(database));
	final SharedAbuseState nodeB = new SharedAbuseState(JdbcClient.create(database));

	@Test
	void twoNodesTogetherAdmitTheCapacityAndTellTheWaitForTheNextToken() {
		Property.forAll(40, gen -> {
			int capacity = gen.between(1, 40);
			// one token per interval: a whole number of milliseconds, from a quarter second to 36 minutes
			long interval = gen.between(250L, 2_160_000L);
			Duration period = Duration.ofMillis(interval * capacity);
			String key = "k" + gen.random().nextLong();
			Instant now = Instant.parse("2026-12-03T08:00:00Z").plusMillis(gen.between(0L, 1_000_000_000L));
			int hits = capacity + gen.between(1, 2 * capacity);
			int admitted = 0;
			long firstRefusal = -1;
			for (int i = 0; i < hits; i++) {
				SharedAbuseState node = gen.bool() ? nodeA : nodeB;
				long wait = node.take("lookup-code", key, capacity, period, now);
				if (wait == 0) {
					admitted++;
				}
				else if (firstRefusal < 0) {
					firstRefusal = wait;
				}
			}
			assertThat(admitted).as("capacity %d over %s", capacity, period).isEqualTo(capacity);
			assertThat(firstRefusal).as("seconds until one token is back").isEqualTo(Math.max(1, (interval + 999) / 1000));

			// k tokens come back after k intervals, on whichever node asks
			int k = gen.between(1, capacity);
			Instant later = now.plusMillis(k * interval);
			int again = 0;
			for (int i = 0; i < capacity + 1; i++) {
				again += (gen.bool() ? nodeA : nodeB).take("lookup-code", key, capacity, period, later) == 0 ? 1 : 0;
			}
			assertThat(again).as("refilled after %d intervals", k).isEqualTo(k);
			// other limits and other keys are untouched
			assertThat(nodeB.take("lookup-ip", key, capacity, period, now)).isZero();
			assertThat(nodeA.take("lookup-code", key + "x", capacity, period, now)).isZero();
		});
	}

	@Test
	void hitsArrivingAtOnceOnBothNodesAreCountedOnce() throws Exception {
		int capacity = 25;
		int threads = 8;
		int perThread = 10;
		Instant now = Instant.parse("2026-12-03T08:00:00Z");
		var pool = Executors.newFixedThreadPool(threads);
		try {
			var start = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				SharedAbuseState node = t % 2 == 0 ? nodeA : nodeB;
				Callable<Integer> hitter = () -> {
					start.await();
					int admitted = 0;
					for (int i = 0; i < perThread; i++) {
						admitted += node.take("ip-hour", "flood", capacity, Duration.ofHours(1), now) == 0 ? 1 : 0;
					}
					return admitted;
				};
				results.add(pool.submit(hitter));
			}
			start.countDown();
			int admitted = 0;
			for (var result : results) {
				admitted += result.get();
			}
			assertThat(admitted).isEqualTo(capacity);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aMarkIsTakenOnceAcrossNodesUntilItsTimePasses() {
		Instant now = Instant.parse("2026-12-03T08:00:00Z");
		assertThat(nodeA.markOnce("challenge", "t1", now.plusSeconds(600), now)).isTrue();
		assertThat(nodeB.markOnce("challenge", "t1", now.plusSeconds(600), now)).isFalse();
		assertThat(nodeA.markOnce("challenge", "t1", now.plusSeconds(600), now.plusSeconds(599))).isFalse();
		assertThat(nodeB.markOnce("challenge", "t1", now.plusSeconds(1200), now.plusSeconds(600))).as("its time passed").isTrue();

		nodeA.mark("content", "c1", now.plusSeconds(600));
		assertThat(nodeB.marked("content", "c1", now.plusSeconds(599))).isTrue();
		assertThat(nodeB.marked("content", "c1", now.plusSeconds(600))).isFalse();
		nodeB.mark("content", "c1", now.plusSeconds(900));
		assertThat(nodeA.marked("content", "c1", now.plusSeconds(800))).as("filed again: the window starts again").isTrue();
	}

	@Test
	void forgetsOnlyWhatNoLongerCounts() {
		Instant now = Instant.parse("2026-12-03T08:00:00Z");
		nodeA.take("ip-burst", "gone", 5, Duration.ofMinutes(1), now.minusSeconds(120));
		nodeA.take("ip-burst", "live", 5, Duration.ofMinutes(1), now.minusSeconds(5));
		nodeA.mark("content", "gone", now.minusSeconds(1));
		nodeA.mark("content", "live", now.plusSeconds(1));
		nodeA.keep("gone", "d", "r", now.minusSeconds(1));
		nodeA.keep("live", "d", "r", now.plusSeconds(1));
		assertThat(nodeB.forget(now)).isEqualTo(3);
		var jdbc = JdbcClient.create(database);
		assertThat(jdbc.sql("select limit_key from abuse_limit").query(String.class).list()).containsExactly("live");
		assertThat(jdbc.sql("select mark_key from abuse_mark").query(String.class).list()).containsExactly("live");
		assertThat(jdbc.sql("select client_key from abuse_idempotency").query(String.class).list()).containsExactly("live");
		assertThat(nodeB.kept("live", now)).contains(new SharedAbuseState.Kept("d", "r"));
	}
}
