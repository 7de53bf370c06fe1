package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import sunshine.reporting.Fixtures;
import sunshine.reporting.table.ReportRow;

/**
 * Metamorphic: every fixture and the seed, flattened the way a crawler gives a portal page (every space,
 * tab, line break, table pipe and tag removed: one line), reads to the same cells as the original — or
 * leaves a cell unread. Never a different value.
 */
class FlattenedTextTests {

	static final List<String> PUBLISHED = Fixtures.PUBLISHED;

	final PublishedReportParser parser = new PublishedReportParser();

	/** The flattening of issue 14: all whitespace, tabs, table pipes and tags removed. */
	static String flatten(String text) {
		return text.replaceAll("<[^>]*>", "").replaceAll("[\\s|\\u00a0\\u3000]", "");
	}

	@ParameterizedTest
	@FieldSource("PUBLISHED")
	void aFlattenedFixtureReadsToTheHandCheckedCellsOrLeavesThemUnread(String name) {
		ParsedReport original = parser.parse(Fixtures.text(name));
		ParsedReport flat = parser.parse(flatten(Fixtures.text(name)));

		assertThat(flat.year()).isEqualTo(original.year());
		assertThat(flat.agency()).isEqualTo(original.agency());
		assertThat(flat.table().format()).isEqualTo(original.table().format());
		List<String> wrong = new ArrayList<>();
		int read = 0;
		List<Fixtures.ExpectedCell> cells = Fixtures.expectedCells(Fixtures.expected(name), flat.table().layout());
		for (Fixtures.ExpectedCell cell : cells) {
			BigDecimal actual = flat.table().value(cell.row(), cell.column());
			if (actual != null) {
				read++;
				if (cell.value() == null || actual.compareTo(cell.value()) != 0) {
					wrong.add(cell.row() + "/" + cell.column() + ": expected " + cell.value() + " but read " + actual);
				}
			}
		}
		System.out.printf("flattened %s: %d of %d cells read%n", name, read, cells.size());
		assertThat(wrong).as(name).isEmpty();
		// every cell not read is reported unread, with its reason
		long nulls = cells.stream().filter(c -> flat.table().value(c.row(), c.column()) == null).count();
		assertThat(flat.unread()).hasSize((int) nulls);
	}

	@Test
	void theFlattenedSeedReadsToTheCellsOfTheOriginalOrLeavesThemUnread() {
		ParsedReport original = parser.parse(Fixtures.text(Fixtures.SEED));
		ParsedReport flat = parser.parse(flatten(Fixtures.text(Fixtures.SEED)));

		assertThat(flat.year()).isEqualTo(original.year());
		assertThat(flat.table().format()).isEqualTo(original.table().format());
		int read = 0;
		int total = 0;
		for (ReportRow row : original.table().layout().rows()) {
			for (String column : row.columns()) {
				total++;
				BigDecimal actual = flat.table().value(row.id(), column);
				if (actual != null) {
					read++;
					assertThat(actual).as(row.id()).isEqualByComparingTo(original.table().value(row.id(), column));
				}
			}
		}
		System.out.printf("flattened seed: %d of %d cells read%n", read, total);
		assertThat(read).isPositive();
	}
}
