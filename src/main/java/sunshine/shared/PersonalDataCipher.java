package sunshine.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data (names, identity numbers, phone numbers, addresses, e-mail addresses)
 * with SM4 in GCM mode (GB/T 32907-2016; 12-byte random IV, 128-bit tag), and computes the
 * HMAC-SM3 blind index that finds a person's earlier cases without decrypting anything.
 *
 * <p>Stored form: {@code sm4:v<key version>:<base64 of IV ‖ ciphertext ‖ tag>}. A value without
 * that prefix is read as it is (data written before encryption), and the key rotation rewrites it.
 */
@Component
public class PersonalDataCipher {

	static final String PREFIX = "sm4:v";
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

	private final PersonalDataKeys keys;
	private final SecureRandom random = new SecureRandom();

	public PersonalDataCipher(PersonalDataKeys keys) {
		this.keys = keys;
	}

	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		int version = keys.currentVersion();
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.key(version), "SM4"), new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
			return PREFIX + version + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SM4 encryption failed", e);
		}
	}

	/**
	 * @throws IllegalStateException when the value was altered or its key is not configured
	 */
	public String decrypt(String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return stored;
		}
		int colon = stored.indexOf(':', PREFIX.length());
		int version = Integer.parseInt(stored.substring(PREFIX.length(), colon));
		byte[] data = Base64.getDecoder().decode(stored.substring(colon + 1));
		try {
			Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keys.key(version), "SM4"),
					new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
			return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Personal data could not be decrypted: altered, or the wrong key", e);
		}
	}

	/** Whether the stored bytes are encrypted with the current key (the rotation skips those). */
	public boolean isCurrent(byte[] stored) {
		byte[] prefix = (PREFIX + keys.currentVersion() + ":").getBytes(StandardCharsets.US_ASCII);
		return stored != null && stored.length >= prefix.length
				&& java.util.Arrays.equals(stored, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** Prefix of encrypted bytes: {@code sm4:v<version>:} in ASCII, then IV ‖ ciphertext ‖ tag. */
	public byte[] encryptBytes(byte[] plain) {
		if (plain == null) {
			return null;
		}
		int version = keys.currentVersion();
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.key(version), "SM4"), new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain);
			byte[] prefix = (PREFIX + version + ":").getBytes(StandardCharsets.US_ASCII);
			return ByteBuffer.allocate(prefix.length + iv.length + sealed.length).put(prefix).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SM4 encryption failed", e);
		}
	}

	/**
	 * Bytes written by {@link #encryptBytes}; bytes without its prefix (stored before encryption) as they are.
	 *
	 * @throws IllegalStateException when the bytes were altered or their key is not configured
	 */
	public byte[] decryptBytes(byte[] stored) {
		if (stored == null || !startsWithPrefix(stored)) {
			return stored;
		}
		int colon = -1;
		for (int i = PREFIX.length(); i < Math.min(stored.length, PREFIX.length() + 4); i++) {
			if (stored[i] == ':') {
				colon = i;
				break;
			}
		}
		if (colon < 0) {
			return stored;
		}
		int version = Integer.parseInt(new String(stored, PREFIX.length(), colon - PREFIX.length(), StandardCharsets.US_ASCII));
		try {
			Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keys.key(version), "SM4"),
					new GCMParameterSpec(TAG_BITS, stored, colon + 1, IV_BYTES));
			return cipher.doFinal(stored, colon + 1 + IV_BYTES, stored.length - colon - 1 - IV_BYTES);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Personal data could not be decrypted: altered, or the wrong key", e);
		}
	}

	private static boolean startsWithPrefix(byte[] stored) {
		byte[] prefix = PREFIX.getBytes(StandardCharsets.US_ASCII);
		if (stored.length < prefix.length + 2) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (stored[i] != prefix[i]) {
				return false;
			}
		}
		return Character.isDigit(stored[prefix.length]);
	}

	public int currentVersion() {
		return keys.currentVersion();
	}

	/** Whether the stored value is encrypted with the current key (the rotation skips those). */
	public boolean isCurrent(String stored) {
		return stored != null && stored.startsWith(PREFIX + keys.currentVersion() + ":");
	}

	/** HMAC-SM3 of the text (as given) under the index key: for keyed digests beside the blind index ({@link QueryCodes}). */
	byte[] indexMac(String text) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(keys.indexKey()));
		byte[] input = text.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return out;
	}

	/** The blind index of a value (HMAC-SM3, hex): equal values give equal indexes; nothing can be read back. */
	public String blindIndex(String value) {
		if (value == null) {
			return null;
		}
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(keys.indexKey()));
		byte[] input = value.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	/**
	 * The blind index of a phone number, by its digits only ({@code 139-9512 3456} and {@code 13995123456}
	 * give the same index), so staff find a citizen by the number however it was typed.
	 */
	public String phoneIndex(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9]", "");
		return digits.isEmpty() ? null : blindIndex("T:" + digits);
	}
}
