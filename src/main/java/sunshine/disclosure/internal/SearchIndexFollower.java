package sunshine.disclosure.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import sunshine.disclosure.InformationItem;

/**
 * Keeps this node's local search index in step with what other nodes write, when several nodes share
 * one database and each keeps its own Lucene index ({@code sunshine.search.follow-other-nodes=true}).
 * A node indexes its own changes as it makes them; every few seconds this follower re-indexes the
 * items whose {@code updated_at} lies in the last minute, so a change made on any node is found on
 * every node within seconds. The minute of overlap covers clocks that differ between nodes and
 * transactions that commit late; re-indexing an item twice is harmless. Items are never deleted,
 * only withdrawn (a change like any other), so nothing needs purging.
 * <p>
 * Runs on every node on purpose (no ShedLock): each node's index is its own.
 */
@Component
@ConditionalOnProperty(name = "sunshine.search.follow-other-nodes", havingValue = "true")
class SearchIndexFollower {

	static final Duration OVERLAP = Duration.ofMinutes(1);

	private final EntityManager entityManager;
	private final TransactionTemplate transaction;
	private final Clock clock;

	SearchIndexFollower(EntityManager entityManager, TransactionTemplate transaction, Clock clock) {
		this.entityManager = entityManager;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Re-indexes the items changed in the last minute, by this node or any other; how many. */
	@Scheduled(fixedDelayString = "${sunshine.search.follow-interval:PT3S}")
	int follow() {
		Instant since = Instant.now(clock).minus(OVERLAP);
		Integer count = transaction.execute(status -> {
			List<InformationItem> changed = entityManager
					.createQuery("select i from InformationItem i where i.updatedAt > :since", InformationItem.class)
					.setParameter("since", since).getResultList();
			var plan = Search.session(entityManager).indexingPlan();
			changed.forEach(plan::addOrUpdate);
			return changed.size();
		});
		return count == null ? 0 : count;
	}
}
