package sunshine.petitions.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import sunshine.shared.PersonalDataCipher;

/**
 * Migration V14.1: the phone blind index of every petition stored before V14, so a search by phone finds
 * old cases too. A Java migration because the index is computed from the decrypted number.
 */
@Component
class V14_1__PetitionPhoneIndex extends BaseJavaMigration {

	private final PersonalDataCipher personalData;

	V14_1__PetitionPhoneIndex(PersonalDataCipher personalData) {
		this.personalData = personalData;
	}

	@Override
	public void migrate(Context context) throws Exception {
		List<Object[]> updates = new ArrayList<>();
		try (PreparedStatement select = context.getConnection().prepareStatement(
				"select id, phone from petition where phone is not null and phone_index is null");
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				updates.add(new Object[] { personalData.phoneIndex(personalData.decrypt(rs.getString(2))), rs.getLong(1) });
			}
		}
		try (PreparedStatement update = context.getConnection()
				.prepareStatement("update petition set phone_index = ? where id = ?")) {
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
