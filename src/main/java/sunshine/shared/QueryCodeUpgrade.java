package sunshine.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wraps the unkeyed query-code digests left in a table under the index key ({@link QueryCodes#wrapLegacy}).
 * Each module runs it on its own table at start-up; each row is rewritten only if it still holds
 * the old digest, so nodes starting together do no harm to one another.
 */
public final class QueryCodeUpgrade {

	private static final Logger log = LoggerFactory.getLogger(QueryCodeUpgrade.class);

	private QueryCodeUpgrade() {
	}

	/** @return how many rows were wrapped */
	public static int wrapUnkeyed(JdbcClient jdbc, QueryCodes codes, String table) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		record Row(long id, String hash) {
		}
		var rows = jdbc.sql("select id, query_code_hash from " + table + " where query_code_hash not like 'q_:%'")
				.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
		int done = 0;
		for (Row row : rows) {
			if (QueryCodes.isUnkeyed(row.hash())) {
				done += jdbc.sql("update " + table + " set query_code_hash = :wrapped where id = :id and query_code_hash = :old")
						.param("wrapped", codes.wrapLegacy(row.hash())).param("id", row.id()).param("old", row.hash())
						.update();
			}
		}
		if (done > 0) {
			log.info("Wrapped {} unkeyed query-code digests of {} under the index key", done, table);
		}
		return done;
	}
}
