package sunshine.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts personal data with the newest key (密钥轮换): after a new
 * {@code sunshine.crypto.key.vN} is configured, every value still under an older key — or stored
 * before encryption — is decrypted and encrypted again, in batches, each batch in its own
 * transaction, so the rotation can be stopped and started again. Run it with
 * {@code java -jar sunshine.jar --sunshine.crypto.rotate=true}; the old key can be removed once it
 * has run.
 */
@Service
public class PersonalDataRotation {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRotation.class);
	private static final int BATCH = 500;
	/** Files of up to a megabyte each: a few at a time. */
	private static final int BINARY_BATCH = 10;

	/** How many values of one table were rewritten. */
	public record Result(String table, int rewritten) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	PersonalDataRotation(JdbcClient jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** Rewrites every value of the given columns that the cipher's current key did not write. */
	public List<Result> rotate(PersonalDataCipher cipher, List<EncryptedColumns> registrations) {
		var results = new ArrayList<Result>();
		for (EncryptedColumns columns : registrations) {
			int rewritten = 0;
			long after = Long.MIN_VALUE;
			while (true) {
				List<Map<String, Object>> rows = jdbc.sql("select " + columns.idColumn() + ", "
						+ String.join(", ", columns.columns()) + " from " + columns.table() + " where "
						+ columns.idColumn() + " > :after order by " + columns.idColumn() + " fetch first "
						+ (columns.binary() ? BINARY_BATCH : BATCH)
						+ " rows only").param("after", after).query().listOfRows();
				if (rows.isEmpty()) {
					break;
				}
				after = ((Number) value(rows.get(rows.size() - 1), columns.idColumn())).longValue();
				rewritten += transaction.execute(status -> rewrite(cipher, columns, rows));
			}
			log.info("Personal data in {}: {} values re-encrypted with key v{}", columns.table(), rewritten,
					cipher.currentVersion());
			results.add(new Result(columns.table(), rewritten));
		}
		return results;
	}

	private int rewrite(PersonalDataCipher cipher, EncryptedColumns columns, List<Map<String, Object>> rows) {
		int rewritten = 0;
		for (Map<String, Object> row : rows) {
			for (String column : columns.columns()) {
				Object stored = value(row, column);
				if (columns.binary()) {
					byte[] bytes = bytes(stored);
					if (bytes != null && !cipher.isCurrent(bytes)) {
						jdbc.sql("update " + columns.table() + " set " + column + " = :value where " + columns.idColumn()
								+ " = :id").param("value", cipher.encryptBytes(cipher.decryptBytes(bytes)))
								.param("id", value(row, columns.idColumn())).update();
						rewritten++;
					}
					continue;
				}
				if (stored != null && !cipher.isCurrent(stored.toString())) {
					jdbc.sql("update " + columns.table() + " set " + column + " = :value where " + columns.idColumn()
							+ " = :id").param("value", cipher.encrypt(cipher.decrypt(stored.toString())))
							.param("id", value(row, columns.idColumn())).update();
					rewritten++;
				}
			}
		}
		return rewritten;
	}

	private static byte[] bytes(Object stored) {
		try {
			return stored instanceof java.sql.Blob blob ? blob.getBytes(1, (int) blob.length()) : (byte[]) stored;
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Column labels come back in the database's case (upper on H2). */
	private static Object value(Map<String, Object> row, String column) {
		for (var entry : row.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(column)) {
				return entry.getValue();
			}
		}
		return null;
	}
}
