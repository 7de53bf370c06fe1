package sunshine.backup.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

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

	@PostMapping("/api/v1/system/backups")
	ResponseEntity<Map<String, Object>> create(Locale locale) {
		if (!backups.available()) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "unavailable",
					"message", messages.getMessage("backup.unavailable", null, locale)));
		}
		DatabaseBackups.Backup backup = backups.create();
		var body = new LinkedHashMap<String, Object>();
		body.put("file", backup.file());
		body.put("path", backups.directory().resolve(backup.file()).toString());
		body.put("bytes", backup.bytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(body);
	}

	@GetMapping("/api/v1/system/backups")
	Map<String, Object> list() {
		var body = new LinkedHashMap<String, Object>();
		body.put("available", backups.available());
		body.put("directory", backups.directory().toString());
		body.put("backups", backups.list().stream().map(b -> Map.of("file", b.file(), "bytes", b.bytes(),
				"modifiedAt", b.modifiedAt().toString())).toList());
		return body;
	}
}
