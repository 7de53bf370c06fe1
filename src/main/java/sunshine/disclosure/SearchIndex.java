package sunshine.disclosure;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * Rebuilds the search index from the database (after restoring a backup, or when a node joins),
 * in the background, reporting its progress for the console's progress bar. One rebuild at a time
 * per node.
 */
@Service
public class SearchIndex {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchIndex.class);

	/** How far a rebuild is: documents done of the total, and whether it still runs. */
	public record Progress(long done, long total, boolean running, boolean failed) {
		public int percent() {
			return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
		}
	}

	private final EntityManagerFactory entityManagerFactory;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final AtomicBoolean running = new AtomicBoolean();
	private final AtomicLong done = new AtomicLong();
	private final AtomicLong total = new AtomicLong();
	private volatile boolean failed;
	private volatile boolean buildingFromEmpty;

	SearchIndex(EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events,
			TransactionTemplate transaction) {
		this.entityManagerFactory = entityManagerFactory;
		this.events = events;
		this.transaction = transaction;
	}

	/**
	 * Starts a rebuild when the database holds items but the index holds none — a new node, a
	 * restored backup, or an index directory that was deleted. Returns whether it started one.
	 */
	public boolean rebuildIfEmpty() {
		long inDatabase = transaction.execute(status -> {
			var em = entityManagerFactory.createEntityManager();
			try {
				return em.createQuery("select count(i) from InformationItem i", Long.class).getSingleResult();
			}
			finally {
				em.close();
			}
		});
		if (inDatabase == 0) {
			return false;
		}
		var em = entityManagerFactory.createEntityManager();
		try {
			long indexed = Search.session(em).search(InformationItem.class).where(f -> f.matchAll()).fetchTotalHitCount();
			if (indexed != 0) {
				return false;
			}
			buildingFromEmpty = true;
			boolean started = startRebuild();
			if (!started) {
				buildingFromEmpty = running.get();
			}
			return started;
		}
		finally {
			em.close();
		}
	}

	/**
	 * Whether search answers from a whole index: false while the index is being built from empty (a
	 * new node, a restored backup), when every search would find nothing. The node is not ready
	 * (readiness probe) meanwhile; a rebuild an administrator starts on a working index does not count.
	 */
	public boolean usable() {
		return !buildingFromEmpty;
	}

	public Progress progress() {
		return new Progress(done.get(), total.get(), running.get(), failed);
	}

	/** Starts a rebuild unless one runs; returns whether this call started it. The start is audited. */
	public boolean startRebuild() {
		if (!running.compareAndSet(false, true)) {
			return false;
		}
		done.set(0);
		total.set(0);
		failed = false;
		long started = System.nanoTime();
		var mapping = Search.mapping(entityManagerFactory);
		mapping.scope(InformationItem.class).massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(100)
				.monitor(new MassIndexingMonitor() {
					@Override
					public void documentsAdded(long increment) {
					}

					@Override
					public void documentsBuilt(long increment) {
						done.addAndGet(increment);
					}

					@Override
					public void entitiesLoaded(long increment) {
					}

					@Override
					public void addToTotalCount(long increment) {
						total.addAndGet(increment);
					}

					@Override
					public void indexingCompleted() {
					}
				})
				.start()
				.whenComplete((ignored, error) -> {
					failed = error != null;
					running.set(false);
					buildingFromEmpty = false;
					log.info("Search index rebuilt: {} of {} documents in {} ms{}", done.get(), total.get(),
							(System.nanoTime() - started) / 1_000_000, error == null ? "" : " (failed: " + error + ")");
					if (error == null) {
						transaction.executeWithoutResult(status -> events
								.publishEvent(new DisclosureEvents.SearchIndexRebuilt(done.get())));
					}
				});
		return true;
	}
}
