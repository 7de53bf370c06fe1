package sunshine.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportRow;

/** The published reports of src/test/resources/reports and their hand-checked tables. */
public final class Fixtures {

	public static final String SEED = "000-seed-nxxf-2017";

	public static final List<String> PUBLISHED = List.of("002-shanghai-bangongting-2025", "003-shanghai-kewei-2024",
			"004-huaian-shizhengfu-2024", "005-hongze-quzhengfu-2023", "006-hongze-quzhengfu-2024",
			"007-shuyang-xianzhengfu-2025");

	private Fixtures() {
	}

	public static String text(String name) {
		return read("/reports/" + name + ".txt");
	}

	public static JsonNode expected(String name) {
		return JsonMapper.builder().build().readTree(read("/reports/" + name + ".expected.json"));
	}

	public static String read(String resource) {
		try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** One expected cell: row id, column, value (null = blank or unreadable in the source). */
	public record ExpectedCell(String row, String column, BigDecimal value) {
	}

	/** The expected table of a fixture as cells keyed by Sunshine's row ids. */
	public static List<ExpectedCell> expectedCells(JsonNode expected, ReportLayout layout) {
		List<ExpectedCell> cells = new ArrayList<>();
		JsonNode table = expected.get("table");
		for (Map.Entry<String, JsonNode> section : table.properties()) {
			for (Map.Entry<String, JsonNode> entry : section.getValue().properties()) {
				if (section.getKey().startsWith("二")) {
					String prefix = switch (entry.getKey()) {
						case "第二十条第（一）项" -> "2-1/";
						case "第二十条第（五）项" -> "2-2/";
						case "第二十条第（六）项" -> "2-3/";
						case "第二十条第（八）项" -> "2-4/";
						default -> throw new IllegalStateException(entry.getKey());
					};
					for (Map.Entry<String, JsonNode> row : entry.getValue().properties()) {
						addRow(cells, prefix + row.getKey(), row.getValue());
					}
				}
				else if (section.getKey().startsWith("三")) {
					String[] path = entry.getKey().split("/");
					String last = ReportRow.normalise(path[path.length - 1]);
					String id = layout.section("三").stream().filter(r -> ReportRow.normalise(r.label()).equals(last))
							.map(ReportRow::id).findFirst().orElseThrow(() -> new IllegalStateException(entry.getKey()));
					addRow(cells, id, entry.getValue());
				}
				else {
					String id = switch (entry.getKey()) {
						case "行政复议" -> "REVIEW";
						case "行政诉讼/未经复议直接起诉" -> "LITIGATION_DIRECT";
						case "行政诉讼/复议后起诉" -> "LITIGATION_AFTER_REVIEW";
						default -> throw new IllegalStateException(entry.getKey());
					};
					addRow(cells, id, entry.getValue());
				}
			}
		}
		return cells;
	}

	private static void addRow(List<ExpectedCell> cells, String row, JsonNode values) {
		for (Map.Entry<String, JsonNode> cell : values.properties()) {
			JsonNode value = cell.getValue();
			cells.add(new ExpectedCell(row, cell.getKey(), value.isNull() ? null : value.decimalValue()));
		}
	}
}
