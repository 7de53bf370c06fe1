package sunshine.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.h2.tools.SimpleResultSet;
import org.junit.jupiter.api.Test;

/**
 * Rows mapped to records by column label without a single failed column lookup (the embedded
 * database logs every failed {@code findColumn} to its trace file).
 */
class RecordRowsTests {

	record Line(long id, String trackingCode, String unitName, LocalDate dueOn, int visitors, boolean published,
			Integer rating) {
	}

	/** A result set that fails the test if anyone looks a column up by name. */
	static final class NoLookups extends SimpleResultSet {

		@Override
		public int findColumn(String name) throws SQLException {
			throw new AssertionError("findColumn(" + name + ") called");
		}
	}

	@Test
	void mapsSnakeCaseAndAliasedLabelsToComponentsWithoutLookingColumnsUpByName() throws SQLException {
		NoLookups rs = new NoLookups();
		rs.addColumn("ID", java.sql.Types.BIGINT, 19, 0);
		rs.addColumn("TRACKING_CODE", java.sql.Types.VARCHAR, 32, 0);
		rs.addColumn("unitName", java.sql.Types.VARCHAR, 100, 0);
		rs.addColumn("due_on", java.sql.Types.DATE, 10, 0);
		rs.addColumn("VISITORS", java.sql.Types.INTEGER, 10, 0);
		rs.addColumn("published", java.sql.Types.BOOLEAN, 1, 0);
		rs.addColumn("rating", java.sql.Types.INTEGER, 10, 0);
		rs.addRow(7L, "XF2026000001", "兴庆区信访局", java.sql.Date.valueOf("2026-03-09"), 3, true, null);
		rs.addRow(8L, "XF2026000002", null, null, null, null, 2);

		RecordRows<Line> mapper = RecordRows.of(Line.class);
		List<Line> lines = new ArrayList<>();
		while (rs.next()) {
			lines.add(mapper.mapRow(rs, rs.getRow()));
		}

		assertThat(lines).containsExactly(
				new Line(7, "XF2026000001", "兴庆区信访局", LocalDate.of(2026, 3, 9), 3, true, null),
				new Line(8, "XF2026000002", null, null, 0, false, 2));
	}

	@Test
	void aQueryWithoutAColumnForAComponentIsAProgrammingErrorNamingIt() {
		NoLookups rs = new NoLookups();
		rs.addColumn("ID", java.sql.Types.BIGINT, 19, 0);
		rs.addRow(1L);
		assertThatThrownBy(() -> {
			rs.next();
			RecordRows.of(Line.class).mapRow(rs, 1);
		}).isInstanceOf(IllegalStateException.class).hasMessageContaining("trackingCode");
	}

	@Test
	void leavesNoColumnNotFoundInTheEmbeddedDatabasesTraceFile() throws Exception {
		java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("record-rows");
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir + "/t;TRACE_LEVEL_FILE=1", "sa", "");
				Statement s = db.createStatement()) {
			s.execute("create table petition (id bigint, tracking_code varchar(32), unit_name varchar(100), due_on date,"
					+ " visitors integer, published boolean, rating integer)");
			s.execute("insert into petition values (1, 'XF1', '信访科', date '2026-01-05', 2, false, null)");
			try (ResultSet rs = s.executeQuery("select p.id, p.tracking_code, p.unit_name as unit_name, p.due_on, p.visitors,"
					+ " p.published, p.rating from petition p")) {
				rs.next();
				assertThat(RecordRows.of(Line.class).mapRow(rs, 1).unitName()).isEqualTo("信访科");
			}
		}
		java.nio.file.Path trace = dir.resolve("t.trace.db");
		assertThat(!java.nio.file.Files.exists(trace) || !java.nio.file.Files.readString(trace).contains("not found"))
				.as("trace file free of column lookups").isTrue();
	}
}
