package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.SunshineIntegrationTest;

/**
 * The work queue read in index order (deadline, then id; then the petitions without a deadline by id)
 * lists exactly what sorting every matching petition here lists, at every page size.
 */
@SunshineIntegrationTest
class PetitionQueueOrderIntegrationTests {

	@Autowired
	PetitionQueries queries;

	@Autowired
	JdbcClient jdbc;

	record Row(long id, LocalDate dueOn) {
	}

	@Test
	void listsTheNearestDeadlineFirstAndThoseWithoutADeadlineLastAtEveryPageSize() {
		List<Long> scope = jdbc.sql("select id from agency").query(Long.class).list();
		List<PetitionStatus> statuses = List.copyOf(PetitionStatus.OPEN);
		List<String> names = statuses.stream().map(Enum::name).toList();
		// every open demo petition has a step deadline: three lose theirs for the test, and get them back
		List<Row> undated = jdbc.sql("select id, due_on from petition where status in (:s) and due_on is not null order by id desc fetch first 3 rows only")
				.param("s", names).query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
		assertThat(undated).hasSize(3);
		try {
			undated.forEach(r -> jdbc.sql("update petition set due_on = null where id = :id").param("id", r.id()).update());
			List<Row> all = jdbc.sql("select id, due_on from petition where status in (:s)").param("s", names)
					.query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
			List<Long> expected = all.stream()
					// nearest deadline first, the newest case first among equal deadlines; undated ones last, oldest first
					.sorted(Comparator.comparing((Row r) -> r.dueOn() == null).thenComparing(Row::dueOn,
							Comparator.nullsLast(Comparator.naturalOrder()))
							.thenComparing((Row r) -> r.dueOn() == null ? r.id() : -r.id()))
					.map(Row::id).toList();
			int withDeadline = (int) all.stream().filter(r -> r.dueOn() != null).count();
			assertThat(withDeadline).isPositive().isLessThan(expected.size());
			for (int limit : List.of(1, 7, 100, withDeadline, withDeadline + 1, expected.size() + 5)) {
				List<Long> listed = queries.queue(scope, statuses, limit).stream().map(PetitionQueries.Item::id).toList();
				assertThat(listed).as("limit %d", limit).isEqualTo(expected.subList(0, Math.min(limit, expected.size())));
			}
		}
		finally {
			undated.forEach(r -> jdbc.sql("update petition set due_on = :d where id = :id").param("d", r.dueOn())
					.param("id", r.id()).update());
		}
	}
}
