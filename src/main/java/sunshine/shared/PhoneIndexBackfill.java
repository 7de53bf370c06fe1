package sunshine.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the phone blind index ({@code phone_index}) of the rows a table held before the column
 * existed, so a search by phone finds old cases too. For the Java migrations of the modules that keep
 * a phone number: the index is computed from the decrypted number, which SQL cannot do.
 */
public final class PhoneIndexBackfill {

	private PhoneIndexBackfill() {
	}

	/** {@code table} is one of the application's own tables with the columns {@code id}, {@code phone}, {@code phone_index}. */
	public static void fill(Connection connection, PersonalDataCipher personalData, String table) throws SQLException {
		List<Object[]> updates = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"select id, phone from " + table + " where phone is not null and phone_index is null");
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				updates.add(new Object[] { personalData.phoneIndex(personalData.decrypt(rs.getString(2))), rs.getLong(1) });
			}
		}
		try (PreparedStatement update = connection.prepareStatement("update " + table + " set phone_index = ? where id = ?")) {
			int n = 0;
			for (Object[] u : updates) {
				update.setString(1, (String) u[0]);
				update.setLong(2, (Long) u[1]);
				update.addBatch();
				if (++n % 500 == 0) {
					update.executeBatch();
				}
			}
			update.executeBatch();
		}
	}
}
