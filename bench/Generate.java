import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sunshine's benchmark data generator: grows a database that holds the demo region (Ningxia, 28 bureaus,
 * ten years of realistic Chinese records, personal data encrypted with the node's key) to national scale
 * by copying its disclosure requests, petitions and catalogue items inside the database, with
 * {@code INSERT … SELECT} over a generated series (PostgreSQL {@code generate_series}, H2
 * {@code system_range}): no row travels through the client, so 1,000,000 rows load in seconds.
 *
 * <p>Copy k of a record goes to the bureau k places further along the 28 (so every bureau gets every
 * kind of case, in every year the demo covers), gets the id {@code 1 000 000 000 + k × stride + id}
 * (never reached by the application's sequences) and its own tracking code or index number; every
 * other column — dates, status, outcomes, the encrypted personal data — is the original's, so the
 * generated records are as valid as the demo's and decrypt with the same key.
 *
 * <p>Run: {@code java -cp 'lib/*' bench/Generate.java URL USER PASSWORD requests=1000000 petitions=10000000
 * items=1000000} (lib: the jars inside target/sunshine.jar). Running it again adds nothing a target
 * already reached.
 */
public class Generate {

	static final long BASE = 1_000_000_000L;

	public static void main(String[] args) throws Exception {
		Map<String, Long> targets = new LinkedHashMap<>();
		for (int i = 3; i < args.length; i++) {
			String[] pair = args[i].split("=");
			targets.put(pair[0], Long.parseLong(pair[1]));
		}
		try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
			db.setAutoCommit(true);
			boolean postgres = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
			exec(db, "drop table if exists bench_agency");
			exec(db, "create table bench_agency as select id, row_number() over (order by id) - 1 as position from agency");
			long agencies = count(db, "select count(*) from bench_agency");
			if (targets.containsKey("requests")) {
				grow(db, postgres, "disclosure_request", targets.get("requests"), agencies,
						Map.of("tracking_code", "'G' || lpad(cast(%ID% as varchar(20)), 14, '0')"));
			}
			if (targets.containsKey("petitions")) {
				grow(db, postgres, "petition", targets.get("petitions"), agencies,
						Map.of("tracking_code", "'G' || lpad(cast(%ID% as varchar(20)), 14, '0')", "previous_id", "null",
								"unit_id", "null"));
			}
			if (targets.containsKey("items")) {
				grow(db, postgres, "disclosure_item", targets.get("items"), agencies,
						Map.of("index_number", "r.index_number || '-' || cast(k.x as varchar(12))"));
			}
			exec(db, "drop table bench_agency");
			if (postgres) {
				exec(db, "analyze");
			}
		}
	}

	static void grow(Connection db, boolean postgres, String table, long target, long agencies,
			Map<String, String> overrides) throws SQLException {
		long originals = count(db, "select count(*) from " + table + " where id < " + BASE);
		long present = count(db, "select count(*) from " + table);
		if (originals == 0 || present >= target) {
			System.out.printf("%s: %d rows (target %d), nothing to add%n", table, present, target);
			return;
		}
		long stride = count(db, "select max(id) + 1 from " + table + " where id < " + BASE);
		long firstCopy = (present - originals) / originals + 1;
		long lastCopy = (target - originals + originals - 1) / originals;
		List<String> columns = columns(db, table);
		List<String> select = new ArrayList<>();
		String id = "(" + BASE + " + k.x * " + stride + " + r.id)";
		for (String column : columns) {
			if (column.equals("id")) {
				select.add(id);
			}
			else if (column.equals("agency_id")) {
				select.add("a2.id");
			}
			else if (overrides.containsKey(column)) {
				select.add(overrides.get(column).replace("%ID%", id));
			}
			else {
				select.add("r." + column);
			}
		}
		long chunk = Math.max(1, 200_000 / originals);
		long started = System.nanoTime();
		for (long from = firstCopy; from <= lastCopy; from += chunk) {
			long to = Math.min(lastCopy, from + chunk - 1);
			String series = postgres ? "(select x from generate_series(" + from + ", " + to + ") as g(x)) k"
					: "(select x from system_range(" + from + ", " + to + ")) k";
			exec(db, "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", select)
					+ " from " + table + " r cross join " + series
					+ " join bench_agency a1 on a1.id = r.agency_id"
					+ " join bench_agency a2 on a2.position = mod(a1.position + k.x, " + agencies + ")"
					+ " where r.id < " + BASE);
			System.out.printf("%s: copies %d–%d of %d originals, %.1f s%n", table, from, to, originals,
					(System.nanoTime() - started) / 1e9);
		}
		System.out.printf("%s: %d rows in %.1f s%n", table, count(db, "select count(*) from " + table),
				(System.nanoTime() - started) / 1e9);
	}

	static List<String> columns(Connection db, String table) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select * from " + table + " where 1 = 0")) {
			ResultSetMetaData meta = rs.getMetaData();
			List<String> columns = new ArrayList<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
			}
			return columns;
		}
	}

	static long count(Connection db, String sql) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static void exec(Connection db, String sql) throws SQLException {
		try (Statement s = db.createStatement()) {
			s.execute(sql);
		}
	}
}
