package sunshine.portal.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (no script, no style attribute — the page's
 * Content-Security-Policy allows neither): per label two bars, received and replied, scaled to the
 * largest count. The page shows the same numbers as a table beside it, the chart's text equivalent.
 */
record BarChart(List<Row> rows, int width, int height, long max) {

	/** One label's counts. */
	record Bar(String label, long received, long replied) {
	}

	/** One label's bars in SVG units. */
	record Row(String label, long received, long replied, int y, int receivedWidth, int repliedWidth) {

		public int labelY() {
			return y + BAR + 1;
		}

		public int receivedTextX() {
			return LABEL + receivedWidth + 6;
		}

		public int repliedY() {
			return y + BAR + GAP;
		}

		public int repliedTextX() {
			return LABEL + repliedWidth + 6;
		}

		public int receivedTextY() {
			return y + BAR - 4;
		}

		public int repliedTextY() {
			return y + 2 * BAR + GAP - 4;
		}
	}

	/** Width of the label column, of the bars' area, height of a bar, gap between bars and rows. */
	static final int LABEL = 200;
	static final int AREA = 440;
	static final int BAR = 16;
	static final int GAP = 2;
	static final int ROW = 2 * BAR + GAP + 12;

	static BarChart of(List<Bar> bars) {
		long max = Math.max(1, bars.stream().mapToLong(b -> Math.max(b.received(), b.replied())).max().orElse(1));
		var rows = new ArrayList<Row>();
		int y = 4;
		for (Bar b : bars) {
			rows.add(new Row(b.label(), b.received(), b.replied(), y, scale(b.received(), max), scale(b.replied(), max)));
			y += ROW;
		}
		return new BarChart(List.copyOf(rows), LABEL + AREA + 60, Math.max(y, 24), max);
	}

	public int labelWidth() {
		return LABEL;
	}

	public boolean isEmpty() {
		return rows.stream().allMatch(r -> r.received() == 0 && r.replied() == 0);
	}

	private static int scale(long count, long max) {
		return count == 0 ? 0 : (int) Math.max(1, Math.round((double) AREA * count / max));
	}
}
