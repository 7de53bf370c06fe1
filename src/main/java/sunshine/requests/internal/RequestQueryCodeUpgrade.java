package sunshine.requests.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sunshine.shared.QueryCodeUpgrade;
import sunshine.shared.QueryCodes;

/** At start-up, the applications' query-code digests written before they were keyed are wrapped under the index key. */
@Component
class RequestQueryCodeUpgrade {

	private final JdbcClient jdbc;
	private final QueryCodes codes;

	RequestQueryCodeUpgrade(JdbcClient jdbc, QueryCodes codes) {
		this.jdbc = jdbc;
		this.codes = codes;
	}

	@EventListener(ApplicationReadyEvent.class)
	void wrapUnkeyedDigests() {
		QueryCodeUpgrade.wrapUnkeyed(jdbc, codes, "disclosure_request");
	}
}
