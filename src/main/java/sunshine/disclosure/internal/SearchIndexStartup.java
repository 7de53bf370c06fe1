package sunshine.disclosure.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import sunshine.disclosure.SearchIndex;

/**
 * At start-up, after the demo data: rebuilds the local search index in the background when it is
 * empty but the database is not (a new node, a restored database, a deleted index directory).
 */
@Component
@Order(200)
class SearchIndexStartup implements ApplicationRunner {

	private final SearchIndex index;

	SearchIndexStartup(SearchIndex index) {
		this.index = index;
	}

	@Override
	public void run(ApplicationArguments args) {
		index.rebuildIfEmpty();
	}
}
