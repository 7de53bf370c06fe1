package sunshine.backup;

/**
 * The database is not the embedded H2 file database (PostgreSQL, MariaDB, or an in-memory H2), so
 * there is nothing for {@code BACKUP TO} to copy: such databases are backed up with their own tools.
 */
public class BackupUnavailable extends RuntimeException {

	public BackupUnavailable(String database) {
		super("Online backup is only for the embedded H2 file database, not " + database);
	}
}
