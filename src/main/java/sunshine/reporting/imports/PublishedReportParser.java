package sunshine.reporting.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sunshine.reporting.imports.ParsedReport.UnreadCell;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTable;

/**
 * Reads a published annual report — whatever text it arrives as — into its statistics table.
 *
 * <p>Forms it reads: Markdown-like text with tab-separated rows and {@code <b>} tags; text extracted
 * from a PDF (form feeds, page numbers, labels wrapped over lines, merged cells scattered as single
 * characters); OCR'd Markdown whose tables are cut into fragments, with value rows that lost their
 * labels and invented headers; flattened web text whose cells ran together (split by the table's own
 * arithmetic, see {@link DigitRuns}); and HTML (via jsoup, {@link HtmlText}).
 *
 * <p>How rows are found: the official rows come in a fixed order. Value rows are taken in the order
 * of the text; a row whose label names an official row (see {@link ReportRow#matchKeys()}) is placed
 * there, a row without a readable label takes the next official row. Cells the text does not give
 * are reported as unread, never guessed.
 */
public final class PublishedReportParser {

	private static final Pattern TITLE = Pattern.compile("^(.*?)((?:19|20)\\d{2})\\s*年度?\\s*(.*?)(?:政府信息公开|政务公开|信息公开)");
	private static final Pattern PERIOD = Pattern.compile("统计(?:期限|周期|时限)[^0-9]{0,8}((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
	private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:[-—–－]+\\s*\\d{1,3}\\s*[-—–－]+|第\\s*\\d{1,3}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d+\\s*页)?)\\s*$");

	public ParsedReport parse(String source) {
		String text = HtmlText.looksLikeHtml(source) ? HtmlText.toText(source) : source;
		List<String> lines = lines(text);
		Integer year = year(lines);
		String agency = agency(lines);
		Reading flatReading = null;
		if (flattened(lines)) {
			flatReading = readFlat(FlatText.of(String.join("\n", lines)), year);
		}
		// era by year (≤ 2018: the 2008 table) unless the table itself shows the 2019 or 2021 rows
		boolean era2008 = isTable2008(lines) || year != null && year <= 2018
				&& !ReportRow.normalise(String.join("", lines)).contains("本年新收");
		Reading reading = era2008 ? read2008(lines)
				: readCurrent(lines, year == null ? ReportFormat.FORMAT_2021 : ReportFormat.forYear(Math.max(year, 2019)));
		// both readings only ever read what the text determines: the one that reads more is kept
		if (flatReading != null && flatReading.unread().size() < reading.unread().size()) {
			return new ParsedReport(agency, year, flatReading.table, flatReading.unread(), flatReading.flatProse);
		}
		return new ParsedReport(agency, year, reading.table, reading.unread(), prose(lines, reading.tableLines));
	}

	// ---------------------------------------------------------------- flattened page text

	/** Whether the table's rows ran together on one line: two rows of one table found in a single line. */
	static boolean flattened(List<String> lines) {
		for (String line : lines) {
			String n = ReportRow.normalise(line);
			if (n.contains("本年新收") && n.contains("予以公开") && (n.contains("七总计") || n.contains("结转下年度"))
					|| n.contains("收到申请数") && n.contains("申请答复数") && n.contains("当面申请数")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Reads flattened page text: each official row is found by its label in order, and the digits up to
	 * the next row's label are its cells run together. A row of one cell takes the number; a row of
	 * several is read when its digits can be cut only one way — one digit a cell, or (section 三 and 四)
	 * the one cut every rule of the table agrees on ({@link JointSplit}); otherwise its cells are unread.
	 */
	private Reading readFlat(FlatText flat, Integer year) {
		boolean current = flat.norm.contains("本年新收");
		if (!current) {
			return readFlat2008(flat);
		}
		int anchor3 = Math.max(flat.find("收到和处理政府信息公开申请", 0), 0);
		int start3 = flat.find("本年新收", anchor3);
		int start2 = lastBefore(flat, "第二十条第一项", start3);
		if (start2 < 0) {
			start2 = lastBefore(flat, "主动公开政府信息情况", start3);
		}
		ReportFormat byYear = year == null ? ReportFormat.FORMAT_2021 : ReportFormat.forYear(Math.max(year, 2019));
		String region2 = start2 < 0 ? "" : flat.norm.substring(start2, Math.max(start2, anchor3 > start2 ? anchor3 : start3));
		ReportFormat format = byYear;
		if (region2.contains("本年制发件数") || region2.contains("本年废止件数") || region2.contains("现行有效件数")) {
			format = ReportFormat.FORMAT_2021;
		}
		else if (region2.contains("本年新制作数量") || region2.contains("上一年项目数量") || region2.contains("对外公开总数量")) {
			format = ReportFormat.TRIAL_2019;
		}
		boolean triple = flat.find("逾期不补正", start3) >= 0 || flat.find("收费通知", start3) >= 0;
		boolean single = !triple && flat.find("六其他处理", start3) >= 0;
		ReportLayout layout = ReportLayout.of(format);
		if (format == ReportFormat.FORMAT_2021 && single) {
			layout = layout.withSingleOtherProcessingRow();
		}
		else if (format == ReportFormat.TRIAL_2019 && triple) {
			layout = ReportLayout.of(ReportFormat.FORMAT_2021);
		}
		Reading reading = new Reading(layout);
		int end3 = readFlatSection3(flat, start3, reading);
		if (start2 >= 0) {
			readFlatSection2(flat, start2, anchor3 > start2 ? anchor3 : start3, reading);
		}
		int end4 = readFlatSection4(flat, end3, reading);
		int tableFrom = flat.light(start2 >= 0 ? start2 : start3);
		int tableTo = flat.light(Math.max(end4, end3));
		reading.flatProse = flat.light.substring(0, tableFrom) + "\n" + flat.light.substring(Math.max(tableFrom, tableTo));
		return reading;
	}

	private static int lastBefore(FlatText flat, String key, int before) {
		int end = before < 0 ? flat.norm.length() : before;
		return flat.norm.lastIndexOf(key, Math.max(end - key.length(), 0)) >= 0 && flat.norm.lastIndexOf(key, end) < end
				? flat.norm.lastIndexOf(key, end - 1) : -1;
	}

	/** Section 三, rows found in order; returns where (in the normalised text) the last row found ends. */
	private static int readFlatSection3(FlatText flat, int start, Reading reading) {
		List<ReportRow> rows = reading.table.layout().section("三");
		int[][] found = new int[rows.size()][];
		int from = start;
		for (int r = 0; r < rows.size(); r++) {
			int[] at = flat.findRow(rows.get(r), from);
			int limit = flat.find("行政复议", from);
			if (at != null && (limit < 0 || at[0] < limit || rows.get(r).id().equals("CARRY_OUT") && limit > at[0])) {
				found[r] = at;
				from = at[1];
			}
		}
		int end = from;
		int section4 = flat.find("行政复议", end);
		Map<String, String> runs = new LinkedHashMap<>();
		for (int r = 0; r < rows.size(); r++) {
			ReportRow row = rows.get(r);
			if (found[r] == null) {
				runs.put(row.id(), null);
				continue;
			}
			boolean nextFound = r + 1 == rows.size() || found[r + 1] != null;
			int to = r + 1 < rows.size() && found[r + 1] != null ? found[r + 1][0]
					: r + 1 == rows.size() ? (section4 < 0 ? flat.norm.length() : section4) : -1;
			if (!nextFound || to < 0) {
				runs.put(row.id(), null);
				continue;
			}
			FlatText.Segment segment = flat.segment(found[r][1], to, null);
			if (!segment.clean()) {
				runs.put(row.id(), null);
			}
			else if (segment.digits().isEmpty()) {
				row.columns().forEach(c -> reading.put(row, c, null));
			}
			else {
				runs.put(row.id(), segment.digits());
			}
		}
		List<String> resultRows = reading.table.layout().resultRows().stream().map(ReportRow::id).toList();
		JointSplit.Result result = JointSplit.solve(runs, resultRows);
		for (ReportRow row : rows) {
			if (!runs.containsKey(row.id())) {
				continue;
			}
			Long[] cells = result.cells().get(row.id());
			boolean all = true;
			for (int c = 0; c < row.columns().size(); c++) {
				if (cells != null && cells[c] != null) {
					reading.table.put(row.id(), row.columns().get(c), BigDecimal.valueOf(cells[c]));
				}
				else {
					all = false;
				}
			}
			if (!all) {
				reading.ambiguous.add(row.id());
			}
		}
		return section4 < 0 ? end : section4;
	}

	/** Section 二: a row of one cell takes its number; a row of several only one digit a cell. */
	private static void readFlatSection2(FlatText flat, int start, int end, Reading reading) {
		List<ReportRow> rows = reading.table.layout().section("二");
		int[][] found = new int[rows.size()][];
		int from = start;
		for (int r = 0; r < rows.size(); r++) {
			int[] at = flat.findRow(rows.get(r), from);
			if (at != null && at[0] < end) {
				found[r] = at;
				from = at[1];
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			ReportRow row = rows.get(r);
			if (found[r] == null) {
				continue;
			}
			int to = end;
			for (int n = r + 1; n < rows.size(); n++) {
				if (found[n] != null) {
					to = found[n][0];
					break;
				}
			}
			boolean nextMissing = r + 1 < rows.size() && found[r + 1] == null;
			FlatText.Segment segment = flat.segment(found[r][1], to, null);
			List<String> columns = row.columns();
			String number = segment.number();
			if (nextMissing) {
				reading.ambiguous.add(row.id());
			}
			else if (columns.size() == 1 && number != null) {
				reading.put(row, columns.get(0), new BigDecimal(number));
			}
			else if (columns.size() == 1 && segment.digits().isEmpty()) {
				reading.put(row, columns.get(0), null);
			}
			else if (segment.clean() && segment.digits().length() == columns.size()) {
				String digits = segment.digits();
				for (int c = 0; c < columns.size(); c++) {
					reading.put(row, columns.get(c), BigDecimal.valueOf(digits.charAt(c) - '0'));
				}
			}
			else if (segment.clean() && segment.digits().isEmpty()) {
				columns.forEach(c -> reading.put(row, c, null));
			}
			else {
				reading.ambiguous.add(row.id());
			}
		}
	}

	/** Section 四: the fifteen cells run together after the headers, cut by the group totals. */
	private static int readFlatSection4(FlatText flat, int start, Reading reading) {
		List<ReportRow> rows = reading.table.layout().section("四");
		int heading = flat.find("复议后起诉", start);
		if (start < 0 || heading < 0) {
			rows.forEach(r -> reading.ambiguous.add(r.id()));
			return start;
		}
		int from = heading;
		while (from < flat.norm.length() && !Character.isDigit(flat.norm.charAt(from))) {
			from++;
		}
		int to = from;
		while (to < flat.norm.length() && Character.isDigit(flat.norm.charAt(to))
				&& flat.light(to + 1) == flat.light(to) + 1) {
			to++;
		}
		String digits = flat.norm.substring(from, to);
		Long[] cells = digits.length() == 15 ? JointSplit.agreed(digits, 15, c -> true)
				: JointSplit.agreed(digits, 15, c -> DigitRuns.groupsOfFiveAddUp(java.util.Arrays.stream(c).boxed().toList()));
		for (int g = 0; g < 3; g++) {
			boolean all = true;
			for (int c = 0; c < 5; c++) {
				Long value = cells == null ? null : cells[g * 5 + c];
				if (value != null) {
					reading.table.put(rows.get(g).id(), ReportLayout.RESULT_COLUMNS.get(c), BigDecimal.valueOf(value));
				}
				else {
					all = false;
				}
			}
			if (!all) {
				reading.ambiguous.add(rows.get(g).id());
			}
		}
		return to;
	}

	/** The 2008 table flattened: each row's number follows its label (and the rest of the label, and the unit). */
	private Reading readFlat2008(FlatText flat) {
		ReportLayout layout = ReportLayout.of(ReportFormat.ERA_2008);
		Reading reading = new Reading(layout);
		int start = Math.max(flat.find("统计指标", 0), 0);
		int headerAt = flat.find("情况统计表", 0);
		if (start == 0 && headerAt >= 0) {
			start = headerAt;
		}
		List<ReportRow> rows = layout.rows();
		int[][] found = new int[rows.size()][];
		String[] rest = new String[rows.size()];
		int from = start;
		for (int r = 0; r < rows.size(); r++) {
			ReportRow row = rows.get(r);
			int[] at = flat.findRow(row, from);
			if (at != null && at[0] - from < 400) {
				found[r] = at;
				from = at[1];
				String official = ReportRow.normalise(row.label());
				String key = flat.norm.substring(at[0], at[1]);
				int k = official.indexOf(key);
				rest[r] = k < 0 ? "" : official.substring(k + key.length());
			}
		}
		int end = from;
		for (int r = 0; r < rows.size(); r++) {
			ReportRow row = rows.get(r);
			if (found[r] == null) {
				continue;
			}
			int to = -1;
			String nextLabel = null;
			for (int n = r + 1; n < rows.size(); n++) {
				if (found[n] != null) {
					to = found[n][0];
					nextLabel = rows.get(n).label();
					break;
				}
			}
			if (to < 0) {
				to = Math.min(flat.norm.length(), found[r][1] + 30);
			}
			FlatText.Segment segment = flat.segment(found[r][1], to, rest[r], nextLabel);
			// a note in brackets that closes the label (（不包括政府公报及政府网站工作人员数）) is label, not
			// cell; the segment starts after the label's last letter, so its opening bracket may be gone
			String text = segment.text().replaceFirst("^[（(]?[^（）()\\d]*[）)]", "")
					.replaceFirst("^(条|件|个|人次|人|次|篇|万元|元|项)", "");
			FlatText.Segment value = new FlatText.Segment(text.replaceFirst("^(\\d+(?:\\.\\d+)?).*$", "$1"));
			boolean nextMissing = r + 1 < rows.size() && found[r + 1] == null;
			if (!nextMissing && text.matches("^\\d+(?:\\.\\d+)?\\D*$")) {
				reading.put(row, ReportRow.VALUE, new BigDecimal(value.text()));
			}
			else if (!nextMissing && text.matches("^\\D*$")) {
				reading.put(row, ReportRow.VALUE, null);
			}
			else {
				reading.ambiguous.add(row.id());
			}
			end = Math.max(end, to);
		}
		int tableFrom = flat.light(start);
		int tableTo = flat.light(end);
		reading.flatProse = flat.light.substring(0, tableFrom) + "\n" + flat.light.substring(Math.max(tableFrom, tableTo));
		return reading;
	}

	/** The text as lines: form feeds, full-width digits, markup and page numbers cleaned away. */
	static List<String> lines(String text) {
		String cleaned = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
				.replace('\u00a0', ' ').replace('\u3000', ' ')
				.replaceAll("(?i)</?(b|strong|span|font|i|em|u)(\\s[^>]*)?>", "")
				.replaceAll("(?i)<br\\s*/?>", "\n")
				.replace("**", "");
		StringBuilder ascii = new StringBuilder(cleaned.length());
		for (char c : cleaned.toCharArray()) {
			ascii.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
		}
		List<String> lines = new ArrayList<>();
		for (String line : ascii.toString().split("\n", -1)) {
			String stripped = line.replaceFirst("^\\s*#{1,6}\\s+", "");
			if (PAGE_NUMBER.matcher(stripped).matches()) {
				continue;
			}
			lines.add(stripped.stripTrailing());
		}
		return lines;
	}

	static Integer year(List<String> lines) {
		String title = title(lines);
		Matcher m = TITLE.matcher(title);
		if (m.find()) {
			return Integer.valueOf(m.group(2));
		}
		Matcher period = PERIOD.matcher(String.join("", lines));
		return period.find() ? Integer.valueOf(period.group(1)) : null;
	}

	static String agency(List<String> lines) {
		Matcher m = TITLE.matcher(title(lines));
		if (!m.find()) {
			return null;
		}
		String before = clean(m.group(1));
		String after = clean(m.group(3));
		String name = !before.isEmpty() ? before : after;
		if (!name.isEmpty() && !sentence(name)) {
			return name;
		}
		// no title in front (page text that starts with the body): a title or an opening anywhere that names it
		Matcher titled = TITLE_ANYWHERE.matcher(String.join("", lines).replaceAll("\\s+", ""));
		while (titled.find()) {
			String candidate = clean(titled.group(1));
			if (!candidate.isEmpty() && !sentence(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** A title like {@code XX…20XX年政府信息公开工作年度报告} or {@code XX关于20XX年…的报告}, anywhere in the text. */
	private static final Pattern TITLE_ANYWHERE = Pattern.compile(
			"([\\p{IsHan}（）()]{2,40}?)(?:关于)?((?:19|20)\\d{2})\\s*年度?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:情况)?(?:的)?报告");

	/** Whether a would-be agency name is a piece of a sentence of the body rather than a name. */
	private static boolean sentence(String name) {
		return name.length() > 40 || name.matches(".*(本报告|根据|条例|《|》|，|。|、|：|以下简称|编制|按照).*");
	}

	private static String clean(String text) {
		return text.replaceAll("^(正文|附件\\d*)", "").replaceAll("[\\s#*（）()]", "").replaceAll("^关于", "");
	}

	private static String title(List<String> lines) {
		StringBuilder title = new StringBuilder();
		int taken = 0;
		for (String line : lines) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				continue;
			}
			title.append(stripped);
			if (++taken >= 4 || stripped.contains("报告")) {
				break;
			}
		}
		return title.toString().replaceAll("\\s+", "");
	}

	private static boolean isTable2008(List<String> lines) {
		String all = ReportRow.normalise(String.join("", lines));
		return all.contains("统计指标") || all.contains("主动公开政府信息数") && all.contains("回应解读情况")
				|| all.contains("申请答复数") && all.contains("收到申请数");
	}

	// ---------------------------------------------------------------- the 2008 table

	private Reading read2008(List<String> lines) {
		ReportLayout layout = ReportLayout.of(ReportFormat.ERA_2008);
		Reading reading = new Reading(layout);
		int header = find(lines, 0, n -> n.startsWith("统计指标"));
		int start = header;
		if (start < 0) {
			for (int i = 0; i < lines.size(); i++) {
				if (ReportRow.normalise(lines.get(i)).endsWith("情况统计表")) {
					start = i;
				}
			}
		}
		start = Math.max(start, 0);
		List<ReportRow> rows = layout.rows();
		int next = 0;
		int last = start;
		for (TableLine line : rowsOf(lines, start, lines.size())) {
			if (line.values().isEmpty() || !line.hasLabel()) {
				continue;
			}
			int i = line.index();
			String label = ReportRow.normalise(line.label());
			for (int r = next; r < rows.size(); r++) {
				if (rows.get(r).matches(label)) {
					BigDecimal value = null;
					for (BigDecimal v : line.values()) {
						if (v != null) {
							value = v;
						}
					}
					reading.put(rows.get(r), ReportRow.VALUE, value);
					next = r + 1;
					last = i;
					break;
				}
			}
		}
		for (int i = start; i <= last; i++) {
			reading.tableLines.add(i);
		}
		return reading;
	}

	// ---------------------------------------------------------------- the 2019 and 2021 tables

	private Reading readCurrent(List<String> lines, ReportFormat byYear) {
		int section2 = find(lines, 0, n -> n.contains("第二十条第一项") || n.contains("第二十条第一"));
		if (section2 < 0) {
			section2 = find(lines, 0, n -> n.contains("主动公开政府信息情况"));
		}
		int from2 = Math.max(section2, 0);
		int section3 = find(lines, from2, n -> n.contains("收到和处理政府信息公开申请") || n.contains("本列数据的勾稽关系")
				|| n.startsWith("申请人情况"));
		if (section3 < 0) {
			section3 = find(lines, from2, n -> n.contains("本年新收"));
		}
		int from3 = section3 < 0 ? from2 : section3;
		int section4 = find(lines, from3 + 1, n -> n.contains("行政复议") && n.contains("行政诉讼"));
		int end4 = section4 < 0 ? -1 : find(lines, section4 + 1, n -> n.contains("存在的主要问题") || n.contains("其他需要报告")
				|| n.matches("^[五六]((?!行政).)*$") && n.length() < 30 && n.length() > 2 && !n.matches("^[五六][0-9].*"));
		int to2 = section3 < 0 ? (section4 < 0 ? lines.size() : section4) : section3;
		int to3 = section4 < 0 ? lines.size() : section4;
		int to4 = end4 < 0 ? lines.size() : end4;

		ReportFormat format = section2Era(lines, from2, to2, byYear);
		List<TableLine> applicationLines = applicationLines(lines, from3, to3);
		ReportLayout layout = ReportLayout.of(format);
		boolean single = singleOtherProcessingRow(applicationLines, layout);
		if (single && format == ReportFormat.FORMAT_2021) {
			layout = layout.withSingleOtherProcessingRow();
		}
		else if (!single && format == ReportFormat.TRIAL_2019) {
			// the 2021 rows of section 三 under a 2019 section 二: read as 2021 rather than lose cells
			layout = ReportLayout.of(ReportFormat.FORMAT_2021);
		}
		Reading reading = new Reading(layout);
		if (section2 >= 0) {
			readSection2(lines, from2, to2, reading);
		}
		readSection3(applicationLines, reading);
		if (section4 >= 0) {
			readSection4(lines, section4, to4, reading);
		}
		int tableStart = section2 >= 0 ? section2 : from3;
		for (int i = tableStart; i < to4; i++) {
			reading.tableLines.add(i);
		}
		return reading;
	}

	private static ReportFormat section2Era(List<String> lines, int from, int to, ReportFormat byYear) {
		String region = ReportRow.normalise(String.join("", lines.subList(from, Math.max(from, to))));
		if (region.contains("本年制发件数") || region.contains("本年废止件数") || region.contains("现行有效件数")) {
			return ReportFormat.FORMAT_2021;
		}
		if (region.contains("本年新制作数量") || region.contains("上一年项目数量") || region.contains("对外公开总数量")) {
			return ReportFormat.TRIAL_2019;
		}
		return byYear;
	}

	private static void readSection2(List<String> lines, int from, int to, Reading reading) {
		List<ReportRow> rows = reading.table.layout().section("二");
		for (TableLine line : rowsOf(lines, from, to)) {
			if (line.values().isEmpty() || !line.hasLabel()) {
				continue;
			}
			String label = ReportRow.normalise(line.label());
			for (ReportRow row : rows) {
				if (row.matches(label) && !reading.filled.contains(row.id())) {
					List<String> columns = row.columns();
					List<BigDecimal> values = line.trimmedValues(columns.size());
					if (values.size() == columns.size()) {
						for (int c = 0; c < columns.size(); c++) {
							reading.put(row, columns.get(c), values.get(c));
						}
					}
					else if (columns.size() == 3 && values.size() == 2) {
						// a merged middle cell lost in OCR: the first and the last column keep their place
						reading.put(row, columns.get(0), values.get(0));
						reading.put(row, columns.get(2), values.get(1));
					}
					else if (values.size() > columns.size()) {
						List<BigDecimal> last = values.subList(values.size() - columns.size(), values.size());
						for (int c = 0; c < columns.size(); c++) {
							reading.put(row, columns.get(c), last.get(c));
						}
					}
					else if (!split(line, columns.size()).isEmpty()) {
						List<Long> cells = split(line, columns.size());
						for (int c = 0; c < columns.size(); c++) {
							reading.put(row, columns.get(c), BigDecimal.valueOf(cells.get(c)));
						}
					}
					else if (line.separated()) {
						for (int c = 0; c < values.size(); c++) {
							reading.put(row, columns.get(c), values.get(c));
						}
					}
					else {
						reading.ambiguous.add(row.id());
					}
					reading.filled.add(row.id());
					break;
				}
			}
		}
	}

	/** Digits that ran together, when only one split into the columns is possible (no leading zeros). */
	private static List<Long> split(TableLine line, int columns) {
		List<String> tokens = line.tokens().stream().filter(t -> !t.isEmpty()).toList();
		return tokens.size() < columns ? DigitRuns.split(tokens, columns, cells -> true) : List.of();
	}

	private static List<TableLine> applicationLines(List<String> lines, int from, int to) {
		List<TableLine> result = new ArrayList<>();
		for (TableLine line : rowsOf(lines, from, to)) {
			if (line.isMarkdownRule() || line.values().isEmpty()) {
				continue;
			}
			List<BigDecimal> values = line.trimmedValues(7);
			if (values.size() >= 5 || values.size() < 7 && digits(line) >= 7) {
				result.add(line);
			}
		}
		return result;
	}

	private static int digits(TableLine line) {
		int count = 0;
		for (String token : line.tokens()) {
			count += token.matches("\\d+") ? token.length() : 0;
		}
		return count;
	}

	private static List<Long> splitRow(TableLine line) {
		List<String> tokens = line.tokens().stream().filter(t -> !t.isEmpty()).toList();
		return DigitRuns.split(tokens, 7, DigitRuns::rowAddsUp);
	}

	private static boolean singleOtherProcessingRow(List<TableLine> lines, ReportLayout layout) {
		ReportLayout triple = ReportLayout.of(ReportFormat.FORMAT_2021);
		ReportLayout single = triple.withSingleOtherProcessingRow();
		boolean sawSubRow = false;
		boolean sawSingle = false;
		for (TableLine line : lines) {
			String label = ReportRow.normalise(line.label());
			if (label.isEmpty()) {
				continue;
			}
			for (String id : List.of("R6_1", "R6_2", "R6_3")) {
				sawSubRow |= triple.row(id).orElseThrow().matches(label);
			}
			sawSingle |= single.row("R6").orElseThrow().matches(label);
		}
		if (sawSubRow) {
			return false;
		}
		if (sawSingle || lines.size() == 23) {
			return true;
		}
		return lines.size() == 25 ? false : layout.singleOtherProcessingRow();
	}

	/**
	 * Places the value rows of section 三. A row whose label names an official row anchors there; a row
	 * without a readable label takes the next official row. When an anchor shows that rows were
	 * skipped (or passed) since the last anchor, the rows placed by position in between may have shifted:
	 * their cells become unread rather than possibly wrong.
	 */
	private static void readSection3(List<TableLine> lines, Reading reading) {
		List<ReportRow> rows = reading.table.layout().section("三");
		int next = 0;
		List<Integer> sinceAnchor = new ArrayList<>();
		for (TableLine line : lines) {
			String label = ReportRow.normalise(line.label());
			int target = -1;
			boolean byLabel = false;
			if (!label.isEmpty()) {
				for (int r = next; r < rows.size() && target < 0; r++) {
					if (rows.get(r).matches(label)) {
						target = r;
					}
				}
				if (target < 0) {
					for (int r = next - 1; r >= 0 && target < 0; r--) {
						if (rows.get(r).matches(label) && sinceAnchor.contains(r)) {
							target = r; // positional rows overshot: this row's label says where we are
						}
					}
				}
				byLabel = target >= 0;
				if (byLabel && target != next && !sinceAnchor.isEmpty()) {
					sinceAnchor.forEach(r -> reading.unsettle(rows.get(r)));
				}
			}
			if (target < 0) {
				target = next;
			}
			if (target >= rows.size()) {
				break;
			}
			ReportRow row = rows.get(target);
			List<BigDecimal> values = line.trimmedValues(7);
			if (values.size() > 7) {
				values = values.subList(values.size() - 7, values.size());
			}
			if (values.size() < 7) {
				List<Long> split = splitRow(line);
				if (split.size() == 7) {
					values = split.stream().map(BigDecimal::valueOf).toList();
				}
			}
			List<String> columns = row.columns();
			reading.ambiguous.remove(row.id());
			if (values.size() == 7) {
				for (int c = 0; c < 7; c++) {
					reading.put(row, columns.get(c), values.get(c));
				}
			}
			else if (line.separated() && line.raw().contains("|")) {
				for (int c = 0; c < values.size(); c++) {
					reading.put(row, columns.get(c), values.get(c));
				}
			}
			else {
				reading.ambiguous.add(row.id());
			}
			if (byLabel) {
				sinceAnchor.clear();
			}
			else {
				sinceAnchor.add(target);
			}
			next = target + 1;
		}
	}

	private static void readSection4(List<String> lines, int from, int to, Reading reading) {
		List<BigDecimal> values = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = from; i < to && values.size() < 15; i++) {
			TableLine line = TableLine.of(i, lines.get(i));
			if (line.isMarkdownRule() || line.values().isEmpty()) {
				continue;
			}
			if (line.hasLabel() && line.numbers() < 4 && digits(line) < 15) {
				continue;
			}
			List<BigDecimal> lineValues = line.trimmedValues(15 - values.size());
			values.addAll(lineValues);
			tokens.addAll(line.tokens().subList(0, Math.min(line.tokens().size(), lineValues.size())));
		}
		List<ReportRow> rows = reading.table.layout().section("四");
		if (values.size() < 15 && !tokens.isEmpty() && tokens.stream().allMatch(t -> t.matches("\\d+"))) {
			List<Long> split = DigitRuns.split(tokens, 15, DigitRuns::groupsOfFiveAddUp, true);
			if (split.size() == 15) {
				values = split.stream().map(BigDecimal::valueOf).toList();
			}
		}
		if (values.size() != 15) {
			rows.forEach(r -> reading.ambiguous.add(r.id()));
			return;
		}
		for (int g = 0; g < 3; g++) {
			for (int c = 0; c < 5; c++) {
				reading.put(rows.get(g), ReportLayout.RESULT_COLUMNS.get(c), values.get(g * 5 + c));
			}
		}
	}

	private static final Pattern LONE_CELL = Pattern.compile("^\\s*(?:[-−]?\\d+(?:\\.\\d+)?|/|—|——|－|-)\\s*$");
	private static final Pattern LONE_UNIT = Pattern.compile("^\\s*(?:条|件|个|人|次|篇|人次|万元|元|项)\\s*$");

	/**
	 * The lines from {@code from} to {@code to} as table rows. Text copied from a web table often puts
	 * every cell on a line of its own: a label line followed by lines holding one number (or a blank
	 * mark such as “/”) each is folded into one row.
	 */
	static List<TableLine> rowsOf(List<String> lines, int from, int to) {
		List<TableLine> rows = new ArrayList<>();
		int i = Math.max(from, 0);
		while (i < to) {
			TableLine line = TableLine.of(i, lines.get(i));
			if (line.hasLabel() && line.values().isEmpty()) {
				List<String> cells = new ArrayList<>();
				int j = i + 1;
				while (j < to && (LONE_CELL.matcher(lines.get(j)).matches() || LONE_UNIT.matcher(lines.get(j)).matches() && cells.isEmpty()
						|| lines.get(j).isBlank() && j + 1 < to && LONE_CELL.matcher(lines.get(j + 1)).matches())) {
					if (LONE_CELL.matcher(lines.get(j)).matches()) {
						cells.add(lines.get(j).strip());
					}
					j++;
				}
				if (!cells.isEmpty()) {
					rows.add(TableLine.of(i, "| " + line.label() + " | " + String.join(" | ", cells) + " |"));
					i = j;
					continue;
				}
			}
			rows.add(line);
			i++;
		}
		return rows;
	}

	private static int find(List<String> lines, int from, java.util.function.Predicate<String> test) {
		for (int i = Math.max(from, 0); i < lines.size(); i++) {
			if (test.test(ReportRow.normalise(lines.get(i)))) {
				return i;
			}
		}
		return -1;
	}

	/** The running text: every line outside the tables and not itself a table row, joined. */
	private static String prose(List<String> lines, Set<Integer> tableLines) {
		StringBuilder prose = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (tableLines.contains(i) || line.contains("\t") || line.strip().startsWith("|")) {
				continue;
			}
			prose.append(line.strip()).append('\n');
		}
		return prose.toString();
	}

	/** What has been read so far: the table, and why cells are empty. */
	private static final class Reading {

		final ReportTable table;
		final Set<String> blank = new HashSet<>();
		final Set<String> ambiguous = new LinkedHashSet<>();
		final Set<String> filled = new HashSet<>();
		final Set<Integer> tableLines = new HashSet<>();
		String flatProse = "";

		Reading(ReportLayout layout) {
			this.table = new ReportTable(layout);
		}

		void put(ReportRow row, String column, BigDecimal value) {
			if (value == null) {
				blank.add(row.id() + "\u0000" + column);
			}
			table.put(row.id(), column, value);
		}

		/** Forgets what was read into a row: it may belong to another row. */
		void unsettle(ReportRow row) {
			for (String column : row.columns()) {
				table.put(row.id(), column, null);
				blank.remove(row.id() + "\u0000" + column);
			}
			ambiguous.add(row.id());
		}

		List<UnreadCell> unread() {
			List<UnreadCell> unread = new ArrayList<>();
			for (ReportRow row : table.layout().rows()) {
				for (String column : row.columns()) {
					if (table.value(row.id(), column) == null) {
						String reason = blank.contains(row.id() + "\u0000" + column) ? "blank"
								: ambiguous.contains(row.id()) ? "ambiguous" : "missing";
						unread.add(new UnreadCell(row.id(), column, reason));
					}
				}
			}
			return unread;
		}
	}
}
