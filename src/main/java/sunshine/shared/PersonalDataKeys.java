package sunshine.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The keys that protect personal data at rest (商用密码: SM4, GB/T 32907-2016), versioned so they
 * can be rotated: {@code sunshine.crypto.key.v1=<base64 of 16 bytes>}, {@code …v2=…}, the highest
 * version encrypts, every version decrypts; {@code sunshine.crypto.index-key=<base64>} keys the
 * HMAC-SM3 blind index. Set them in the environment ({@code SUNSHINE_CRYPTO_KEY_V1} …) or a
 * configuration file outside the database's backups.
 *
 * <p>Without configured keys a demo keyring is generated once in
 * {@code ${sunshine.data-dir}/keys/personal-data.properties}, with a loud warning: fine for trying
 * Sunshine, never for production (the key lies beside the data it protects).
 */
public class PersonalDataKeys {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);
	static final String PREFIX = "sunshine.crypto.key.v";

	private final TreeMap<Integer, byte[]> keys = new TreeMap<>();
	private final byte[] indexKey;

	/** The keyring the configuration names, or the demo keyring when it names none. */
	public static PersonalDataKeys fromEnvironment(Environment environment) throws IOException {
		var keys = new TreeMap<Integer, byte[]>();
		for (int version = 1; version <= 99; version++) {
			String value = environment.getProperty(PREFIX + version);
			if (value != null && !value.isBlank()) {
				keys.put(version, decode(value, "key v" + version));
			}
		}
		String index = environment.getProperty("sunshine.crypto.index-key");
		if (keys.isEmpty()) {
			Properties demo = demoKeyring(Path.of(environment.getProperty("sunshine.data-dir", "./data")));
			keys.put(1, decode(demo.getProperty("key.v1"), "demo key"));
			index = demo.getProperty("index-key");
		}
		if (index == null || index.isBlank()) {
			throw new IllegalStateException("sunshine.crypto.index-key must be set when keys are configured");
		}
		return new PersonalDataKeys(keys, decode(index, "index key"));
	}

	public PersonalDataKeys(Map<Integer, byte[]> keys, byte[] indexKey) {
		this.keys.putAll(keys);
		this.indexKey = indexKey.clone();
		if (this.keys.isEmpty()) {
			throw new IllegalArgumentException("At least one key is needed");
		}
		this.keys.values().forEach(key -> check(key, "key"));
	}

	public int currentVersion() {
		return keys.lastKey();
	}

	byte[] key(int version) {
		byte[] key = keys.get(version);
		if (key == null) {
			throw new IllegalStateException("No personal-data key of version " + version + " is configured");
		}
		return key;
	}

	byte[] indexKey() {
		return indexKey;
	}

	private static byte[] decode(String base64, String what) {
		try {
			return check(Base64.getDecoder().decode(base64.strip()), what);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("The personal-data " + what + " is not valid base64", e);
		}
	}

	private static byte[] check(byte[] key, String what) {
		if (key.length != 16) {
			throw new IllegalStateException("The personal-data " + what + " must be 16 bytes (SM4-128)");
		}
		return key;
	}

	private static Properties demoKeyring(Path dataDir) throws IOException {
		Path file = dataDir.resolve("keys").resolve("personal-data.properties");
		var properties = new Properties();
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
			return properties;
		}
		var random = new SecureRandom();
		byte[] key = new byte[16];
		byte[] index = new byte[16];
		random.nextBytes(key);
		random.nextBytes(index);
		properties.setProperty("key.v1", Base64.getEncoder().encodeToString(key));
		properties.setProperty("index-key", Base64.getEncoder().encodeToString(index));
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			properties.store(out, "Sunshine demo keyring - NOT FOR PRODUCTION");
		}
		log.warn("""

				****************************************************************************
				 个人信息加密使用演示密钥，仅供试用，切勿用于生产环境！
				 Personal data is encrypted with a GENERATED DEMO KEY stored beside the data:
				   {}
				 Production: set SUNSHINE_CRYPTO_KEY_V1 and SUNSHINE_CRYPTO_INDEX_KEY
				 (16 random bytes each, base64) outside the database and its backups.
				****************************************************************************""", file);
		return properties;
	}
}
