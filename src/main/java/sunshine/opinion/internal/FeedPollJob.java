package sunshine.opinion.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every {@code sunshine.opinion.feed-interval} (half an hour by default), once across all nodes: reads the
 * agencies' opinion feeds, so two nodes never both fetch a feed or collect its entries.
 */
@Component
class FeedPollJob {

	private static final Logger log = LoggerFactory.getLogger(FeedPollJob.class);

	private final FeedPolling polling;

	FeedPollJob(FeedPolling polling) {
		this.polling = polling;
	}

	@Scheduled(fixedDelayString = "${sunshine.opinion.feed-interval:PT30M}",
			initialDelayString = "${sunshine.opinion.feed-interval:PT30M}")
	@SchedulerLock(name = "opinion-feed-poll", lockAtMostFor = "PT20M", lockAtLeastFor = "PT1M")
	void poll() {
		int collected = polling.pollAll();
		if (collected > 0) {
			log.info("Opinion feeds: {} new events collected", collected);
		}
	}
}
