package sunshine.backup;

import sunshine.shared.AuditableEvent;

/** An online backup of the embedded database was written to the backup directory. */
public record BackupCreated(String file, long bytes) implements AuditableEvent {

	@Override
	public String action() {
		return "backup.created";
	}

	@Override
	public String subject() {
		return "backup:" + file;
	}

	@Override
	public String detail() {
		return "bytes=" + bytes;
	}
}
