package sunshine.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The key of the audit chain's HMAC-SM3 digests and checkpoints: {@code sunshine.audit.key=<base64 of
 * 16 to 64 random bytes>}, set in the environment ({@code SUNSHINE_AUDIT_KEY}) or a configuration file
 * outside the database and its backups, the same on every node, and never changed (a new key makes
 * every digest made under the old one fail the verification).
 *
 * <p>Someone who can write the database but does not hold this key can edit an entry, but cannot
 * compute the digest that would hide the edit. Without a configured key a demo key is generated
 * once in {@code ${sunshine.data-dir}/keys/audit-key.properties}, with a loud warning: fine for trying
 * Sunshine, never for production (the key lies beside the data it protects).
 */
final class AuditKey {

	private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
	static final String PROPERTY = "sunshine.audit.key";

	private final byte[] key;

	AuditKey(byte[] key) {
		if (key.length < 16 || key.length > 64) {
			throw new IllegalStateException("The audit key must be 16 to 64 bytes");
		}
		this.key = key.clone();
	}

	static AuditKey fromEnvironment(Environment environment) throws IOException {
		String configured = environment.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return new AuditKey(decode(configured));
		}
		return new AuditKey(decode(demoKey(Path.of(environment.getProperty("sunshine.data-dir", "./data")))));
	}

	/** HMAC-SM3 of {@code text} under this key, 64 hex digits. */
	String mac(String text) {
		return Sm3.hmacHex(key, text);
	}

	private static byte[] decode(String base64) {
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("The audit key is not valid base64", e);
		}
	}

	private static String demoKey(Path dataDir) throws IOException {
		Path file = dataDir.resolve("keys").resolve("audit-key.properties");
		var properties = new Properties();
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
			return properties.getProperty("key");
		}
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		properties.setProperty("key", Base64.getEncoder().encodeToString(key));
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			properties.store(out, "Sunshine demo audit key - NOT FOR PRODUCTION");
		}
		log.warn("""

				****************************************************************************
				 审计日志使用演示密钥，仅供试用，切勿用于生产环境！
				 The audit chain is keyed with a GENERATED DEMO KEY stored beside the data:
				   {}
				 Production: set SUNSHINE_AUDIT_KEY (32 random bytes, base64), the same on
				 every node, outside the database and its backups.
				****************************************************************************""", file);
		return properties.getProperty("key");
	}
}
