package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import tools.jackson.databind.JsonNode;
import sunshine.reporting.Fixtures;

/** The parser reads every published fixture into exactly the hand-checked table, cell by cell. */
class PublishedReportParserTests {

	static final List<String> PUBLISHED = Fixtures.PUBLISHED;

	final PublishedReportParser parser = new PublishedReportParser();

	@ParameterizedTest
	@FieldSource("PUBLISHED")
	void readsEveryCellOfThePublishedTable(String name) {
		JsonNode expected = Fixtures.expected(name);
		ParsedReport report = parser.parse(Fixtures.text(name));

		assertThat(report.year()).isEqualTo(expected.get("year").asInt());
		assertThat(report.table().format().code()).isEqualTo(expected.get("format").asString());
		List<String> wrong = new ArrayList<>();
		List<Fixtures.ExpectedCell> cells = Fixtures.expectedCells(expected, report.table().layout());
		for (Fixtures.ExpectedCell cell : cells) {
			BigDecimal actual = report.table().value(cell.row(), cell.column());
			boolean same = cell.value() == null ? actual == null : actual != null && actual.compareTo(cell.value()) == 0;
			if (!same) {
				wrong.add(cell.row() + "/" + cell.column() + ": expected " + cell.value() + " but read " + actual);
			}
		}
		assertThat(wrong).as(name).isEmpty();
		// every cell the table has is one the fixture has: nothing extra, nothing invented
		assertThat(report.table().layout().rows().stream().mapToInt(r -> r.columns().size()).sum()).isEqualTo(cells.size());
		long unreadExpected = cells.stream().filter(c -> c.value() == null).count();
		assertThat(report.unread()).hasSize((int) unreadExpected);
	}

	@Test
	void leavesRowsUnreadWhenAValueRowWithoutLabelWentMissing() {
		// drop the unlabeled value row of （五）4.无正当理由大量反复申请 from the OCR text: the unlabeled rows
		// after it would shift by one; the labeled row "3.其他" shows the gap, so they are not trusted
		String text = Fixtures.text("003-shanghai-kewei-2024");
		int r54 = text.indexOf("申请\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
		assertThat(r54).isPositive();
		int start = text.indexOf("| 0 |", r54);
		String broken = text.substring(0, start) + text.substring(text.indexOf("\n", text.indexOf("\n", start) + 1) + 1);

		ParsedReport report = parser.parse(broken);

		JsonNode expected = Fixtures.expected("003-shanghai-kewei-2024");
		for (Fixtures.ExpectedCell cell : Fixtures.expectedCells(expected, report.table().layout())) {
			BigDecimal actual = report.table().value(cell.row(), cell.column());
			if (actual != null) {
				assertThat(actual).as(cell.row() + "/" + cell.column()).isEqualByComparingTo(cell.value());
			}
		}
		assertThat(report.unread()).filteredOn(u -> u.reason().equals("ambiguous")).extracting(ParsedReport.UnreadCell::row)
				.contains("R6_1");
		assertThat(report.table().value("R6_3", "自然人")).isEqualByComparingTo("4");
	}
}
