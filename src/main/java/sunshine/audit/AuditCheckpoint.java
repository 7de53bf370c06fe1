package sunshine.audit;

import java.time.Instant;

/**
 * A checkpoint (检查点) of the audit chain, kept outside the database: the chain had reached place
 * {@code seq} with digest {@code digest} at {@code at}, written by node {@code node}; {@code mac}
 * is HMAC-SM3 under the audit key over the rest, so a checkpoint cannot be forged without the key.
 *
 * @param source the file it was read from and its line, for the auditor
 */
public record AuditCheckpoint(long seq, String digest, Instant at, String node, String mac, String source) {

	static final String PREFIX = "sunshine-audit-checkpoint-v1";

	/** The one line this checkpoint is written as. */
	String line() {
		return signed() + " mac=" + mac;
	}

	String signed() {
		return PREFIX + " seq=" + seq + " digest=" + digest + " at=" + at + " node=" + node;
	}

	static AuditCheckpoint sign(AuditKey key, long seq, String digest, Instant at, String node) {
		var unsigned = new AuditCheckpoint(seq, digest, at, node, "", null);
		return new AuditCheckpoint(seq, digest, at, node, key.mac(unsigned.signed()), null);
	}

	boolean verifies(AuditKey key) {
		return key.mac(signed()).equals(mac);
	}

	/** Reads a line as written by {@link #line()}; null when it is not one. */
	static AuditCheckpoint parse(String line, String source) {
		String[] parts = line.strip().split(" ");
		if (parts.length != 6 || !parts[0].equals(PREFIX)) {
			return null;
		}
		try {
			long seq = Long.parseLong(value(parts[1], "seq"));
			String digest = value(parts[2], "digest");
			Instant at = Instant.parse(value(parts[3], "at"));
			String node = value(parts[4], "node");
			String mac = value(parts[5], "mac");
			return new AuditCheckpoint(seq, digest, at, node, mac, source);
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private static String value(String part, String name) {
		if (!part.startsWith(name + "=")) {
			throw new IllegalArgumentException(part);
		}
		return part.substring(name.length() + 1);
	}

	/** When it was written, on the clock of the agencies (Asia/Shanghai). */
	public java.time.LocalDateTime localTime() {
		return java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai"));
	}
}
