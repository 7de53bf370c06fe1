package sunshine.backup.web;

import java.util.Locale;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import sunshine.shared.web.Problems;
import sunshine.backup.DatabaseBackups;

/**
 * For the system administrator's scheduled job: {@code POST /api/v1/system/backups} takes an online
 * backup of the embedded database → 201 {@code {"file","path","bytes"}}, or 409 when the database
 * is PostgreSQL/MariaDB (use their own tools); {@code GET} lists the backups on the server.
 */
@RestController
class BackupApiController {

	private final DatabaseBackups backups;
	private final MessageSource messages;

	BackupApiController(DatabaseBackups backups, MessageSource messages) {
		this.backups = backups;
		this.messages = messages;
	}

	/** A backup just taken: its file name, where it lies on the server, its size. */
	record Created(String file, String path, long bytes) {
	}

	/** One backup on the server. */
	record Listed(String file, long bytes, String modifiedAt) {
	}

	/** The backups on the server, and whether this database can be backed up here at all. */
	record Backups(boolean available, String directory, List<Listed> backups) {
	}

	@PostMapping("/api/v1/system/backups")
	ResponseEntity<?> create(Locale locale) {
		if (!backups.available()) {
			return Problems.of(HttpStatus.CONFLICT, "unavailable", messages.getMessage("backup.unavailable", null, locale));
		}
		DatabaseBackups.Backup backup = backups.create();
		return ResponseEntity.status(HttpStatus.CREATED).body(new Created(backup.file(),
				backups.directory().resolve(backup.file()).toString(), backup.bytes()));
	}

	@GetMapping("/api/v1/system/backups")
	Backups list() {
		return new Backups(backups.available(), backups.directory().toString(), backups.list().stream()
				.map(b -> new Listed(b.file(), b.bytes(), b.modifiedAt().toString())).toList());
	}
}
