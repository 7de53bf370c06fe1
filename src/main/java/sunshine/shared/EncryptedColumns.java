package sunshine.shared;

import java.util.List;

/**
 * Where a module keeps personal data encrypted: its table, the key column and the encrypted
 * columns (text, or files when {@code binary}). Each module that stores personal data declares one as a bean, so that the key rotation
 * ({@link PersonalDataRotation}) finds every value without knowing the modules.
 */
public record EncryptedColumns(String table, String idColumn, List<String> columns, boolean binary) {

	/** Text columns ({@link PersonalDataCipher#encrypt}). */
	public EncryptedColumns(String table, String idColumn, List<String> columns) {
		this(table, idColumn, columns, false);
	}

	/** Binary columns, files ({@link PersonalDataCipher#encryptBytes}): rotated a few rows at a time. */
	public static EncryptedColumns binary(String table, String idColumn, List<String> columns) {
		return new EncryptedColumns(table, idColumn, columns, true);
	}

	public EncryptedColumns {
		columns = List.copyOf(columns);
		for (String name : concat(table, idColumn, columns)) {
			if (!name.matches("[a-z_][a-z0-9_]*")) {
				throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
			}
		}
	}

	private static List<String> concat(String table, String idColumn, List<String> columns) {
		var all = new java.util.ArrayList<String>(columns);
		all.add(table);
		all.add(idColumn);
		return all;
	}
}
