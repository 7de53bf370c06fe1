package sunshine.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Online backups of the embedded H2 database: {@code BACKUP TO} writes a consistent copy of the
 * database file into a ZIP while Sunshine keeps serving (H2 copies the pages of one committed state;
 * writers are not stopped). The file is named after the time on the agencies' clock,
 * {@code sunshine-20261126-023000.zip}, and holds one entry, {@code sunshine.mv.db}: restoring is
 * stopping Sunshine, unzipping it into the data directory and starting again.
 */
@Service
public class DatabaseBackups {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DatabaseBackups.class);
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/** A backup file in the backup directory. */
	public record Backup(String file, long bytes, Instant modifiedAt) {

		/** When it was written, on the clock of the agencies (Asia/Shanghai). */
		public LocalDateTime localTime() {
			return LocalDateTime.ofInstant(modifiedAt, java.time.ZoneId.of("Asia/Shanghai"));
		}
	}

	private final DataSource dataSource;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Path directory;

	public DatabaseBackups(DataSource dataSource, Clock clock, ApplicationEventPublisher events,
			TransactionTemplate transaction, @Value("${sunshine.backup.dir:${sunshine.data-dir}/backups}") Path directory) {
		this.dataSource = dataSource;
		this.clock = clock;
		this.events = events;
		this.transaction = transaction;
		this.directory = directory.toAbsolutePath().normalize();
	}

	/** Where backups are written. */
	public Path directory() {
		return directory;
	}

	/** Whether the database is an embedded H2 file database, the one kind {@code BACKUP TO} can copy. */
	public boolean available() {
		return describe() == null;
	}

	/**
	 * Writes a backup and records it on the audit log. One backup at a time; a second call in the
	 * same second gets a {@code -2} suffix rather than overwriting the first.
	 *
	 * @throws BackupUnavailable when the database is not an embedded H2 file database
	 */
	public synchronized Backup create() {
		String other = describe();
		if (other != null) {
			throw new BackupUnavailable(other);
		}
		try {
			Files.createDirectories(directory);
			String base = "sunshine-" + STAMP.format(LocalDateTime.now(clock));
			Path target = directory.resolve(base + ".zip");
			for (int n = 2; Files.exists(target); n++) {
				target = directory.resolve(base + "-" + n + ".zip");
			}
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
			}
			long bytes = Files.size(target);
			String file = target.getFileName().toString();
			try {
				transaction.executeWithoutResult(status -> events.publishEvent(new BackupCreated(file, bytes)));
			}
			catch (RuntimeException e) {
				Files.deleteIfExists(target); // no backup without its audit entry
				throw e;
			}
			log.info("Database backup written: {} ({} bytes)", target, bytes);
			return new Backup(file, bytes, Files.getLastModifiedTime(target).toInstant());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (SQLException e) {
			throw new IllegalStateException("BACKUP TO failed: " + e.getMessage(), e);
		}
	}

	/** The backups in the backup directory, newest first. */
	public List<Backup> list() {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(f -> f.getFileName().toString().matches("sunshine-[0-9-]+\\.zip"))
					.map(f -> {
						try {
							return new Backup(f.getFileName().toString(), Files.size(f),
									Files.getLastModifiedTime(f).toInstant());
						}
						catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					})
					.sorted(Comparator.comparing(Backup::modifiedAt).thenComparing(Backup::file).reversed())
					.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code null} for an H2 file database; otherwise what the database is, for the message. */
	private String describe() {
		try (Connection connection = dataSource.getConnection()) {
			var meta = connection.getMetaData();
			String product = meta.getDatabaseProductName();
			String url = meta.getURL();
			if (!"H2".equals(product)) {
				return product;
			}
			return url != null && url.startsWith("jdbc:h2:mem:") ? "H2 in memory" : null;
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
