package sunshine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.SunshineIntegrationTest;

/**
 * The phone blind index migration (V14.1, V14.2) on tables that already hold cases: with the index of
 * the demo's petitions and applications wiped, as a database from before V14 has it, the backfill
 * computes for every row the index a new submission with that phone gets — so a search by phone finds
 * old cases — and leaves rows without a phone alone.
 */
@SunshineIntegrationTest
class PhoneIndexBackfillIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher personalData;

	@Test
	void fillsTheIndexOfEveryStoredCaseFromItsDecryptedPhone() throws Exception {
		for (String table : new String[] { "petition", "disclosure_request" }) {
			Map<Long, String> before = indexes(table);
			assertThat(before).as(table + " holds cases with a phone").hasSizeGreaterThan(100);
			jdbc.sql("update " + table + " set phone_index = null").update();
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				PhoneIndexBackfill.fill(connection, personalData, table);
				connection.commit();
			}
			Map<Long, String> after = indexes(table);
			assertThat(after).isEqualTo(before);
			// computed from the number itself, as a search by phone computes it
			jdbc.sql("select id, phone from " + table + " where phone is not null").query((rs, n) -> {
				assertThat(after.get(rs.getLong(1))).isEqualTo(personalData.phoneIndex(personalData.decrypt(rs.getString(2))));
				return null;
			}).list();
			assertThat(jdbc.sql("select count(*) from " + table + " where phone is null and phone_index is not null")
					.query(Long.class).single()).isZero();
		}
	}

	private Map<Long, String> indexes(String table) {
		var found = new java.util.HashMap<Long, String>();
		jdbc.sql("select id, phone_index from " + table + " where phone is not null").query((rs, n) -> {
			found.put(rs.getLong(1), rs.getString(2));
			return null;
		}).list();
		return found;
	}
}
