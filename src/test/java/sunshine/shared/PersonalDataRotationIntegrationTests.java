package sunshine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.SunshineIntegrationTest;

/**
 * 密钥轮换: with a new key configured, every value under the old key — or stored before encryption —
 * is rewritten under the new one and still reads the same; a second run has nothing left to do.
 * Runs on a probe table of its own, so the application's data keep the test key.
 */
@SunshineIntegrationTest
class PersonalDataRotationIntegrationTests {

	static final byte[] OLD = "sunshine-test-k1".getBytes();
	static final byte[] NEW = "sunshine-test-k2".getBytes();
	static final byte[] INDEX = "sunshine-index-k".getBytes();

	@Autowired
	PersonalDataRotation rotation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<EncryptedColumns> registrations;

	final PersonalDataCipher before = new PersonalDataCipher(new PersonalDataKeys(Map.of(1, OLD), INDEX));
	final PersonalDataCipher after = new PersonalDataCipher(new PersonalDataKeys(Map.of(1, OLD, 2, NEW), INDEX));
	final EncryptedColumns probe = new EncryptedColumns("rotation_probe", "id", List.of("secret", "phone"));

	@BeforeEach
	void createProbe() {
		jdbc.sql("create table rotation_probe (id bigint not null primary key, secret varchar(512), phone varchar(512))").update();
	}

	@AfterEach
	void dropProbe() {
		jdbc.sql("drop table rotation_probe").update();
	}

	@Test
	void rewritesEveryOldValueUnderTheNewKey() {
		jdbc.sql("insert into rotation_probe (id, secret, phone) values (1, :s, :p)")
				.param("s", before.encrypt("640102198507151232")).param("p", before.encrypt("13895001234")).update();
		jdbc.sql("insert into rotation_probe (id, secret, phone) values (2, '写入于加密之前', null)").update();

		var results = rotation.rotate(after, List.of(probe));

		assertThat(results).containsExactly(new PersonalDataRotation.Result("rotation_probe", 3));
		var rows = jdbc.sql("select secret, phone from rotation_probe order by id").query().listOfRows();
		assertThat(rows).allSatisfy(row -> row.values().stream().filter(java.util.Objects::nonNull)
				.forEach(value -> assertThat(value.toString()).startsWith("sm4:v2:")));
		assertThat(after.decrypt(value(rows.get(0), "secret"))).isEqualTo("640102198507151232");
		assertThat(after.decrypt(value(rows.get(0), "phone"))).isEqualTo("13895001234");
		assertThat(after.decrypt(value(rows.get(1), "secret"))).isEqualTo("写入于加密之前");
		assertThat(rotation.rotate(after, List.of(probe))).containsExactly(new PersonalDataRotation.Result("rotation_probe", 0));
	}

	@Test
	void everyModuleThatStoresPersonalDataDeclaresItsColumns() {
		assertThat(registrations).extracting(EncryptedColumns::table).contains("disclosure_request", "petition");
	}

	private static String value(Map<String, Object> row, String column) {
		return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).map(e -> String.valueOf(e.getValue()))
				.findFirst().orElseThrow();
	}
}
