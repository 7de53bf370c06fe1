package sunshine.opinion.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import sunshine.opinion.OpinionFeed;
import sunshine.opinion.OpinionManagement;

/**
 * One round of reading the agencies' feeds: each feed is fetched outside any transaction, then its new
 * entries are collected in one transaction of their own ({@link OpinionManagement#collectFromFeed}); a
 * feed that cannot be read keeps its reason and does not stop the others.
 */
@Component
public class FeedPolling {

	private static final Logger log = LoggerFactory.getLogger(FeedPolling.class);

	private final OpinionManagement opinion;
	private final FeedReader reader;

	FeedPolling(OpinionManagement opinion, FeedReader reader) {
		this.opinion = opinion;
		this.reader = reader;
	}

	/** Reads every active feed once; returns how many events were collected. */
	public int pollAll() {
		int collected = 0;
		for (OpinionFeed feed : opinion.activeFeeds()) {
			collected += poll(feed);
		}
		return collected;
	}

	private int poll(OpinionFeed feed) {
		try {
			return opinion.collectFromFeed(feed.getId(), reader.read(feed.getUrl()));
		}
		catch (FeedReader.Unreadable e) {
			log.warn("Opinion feed {} ({}) could not be read: {}", feed.getId(), feed.getUrl(), e.getMessage());
			opinion.feedFailed(feed.getId(), e.getMessage());
			return 0;
		}
		catch (RuntimeException e) {
			log.warn("Opinion feed {} ({}) failed", feed.getId(), feed.getUrl(), e);
			opinion.feedFailed(feed.getId(), e.getClass().getSimpleName());
			return 0;
		}
	}
}
