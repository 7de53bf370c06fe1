package sunshine.petitions.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.OrgScope;
import sunshine.agency.StaffUser;
import sunshine.petitions.HotTopics;
import sunshine.petitions.PetitionStatistics;
import sunshine.petitions.PetitionStatistics.Row;
import tools.jackson.databind.json.JsonMapper;

/**
 * 形势网上判: volumes by channel, month, agency, category and unit; the change against the same
 * period a year before; reply, on-time and satisfaction rates; hot topics; charts (ECharts, drawn by a
 * script file from data attributes — the tables alone carry everything without JavaScript) and the
 * same figures as an Excel workbook.
 */
@Controller
class PetitionAnalysisController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PetitionStatistics statistics;
	private final AgencyLookup agencies;
	private final MessageSource messages;
	private final java.time.Clock clock;

	PetitionAnalysisController(PetitionStatistics statistics, AgencyLookup agencies, MessageSource messages,
			java.time.Clock clock) {
		this.statistics = statistics;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	/** The analysis asked for, checked and cut to the user's scope. */
	record Question(Agency agency, LocalDate from, LocalDate to, boolean includeSubordinates, Set<Long> ids,
			List<String> errors) {
	}

	private Question question(StaffUser user, String agency, String from, String to, Boolean subordinates,
			Locale locale) {
		OrgScope scope = agencies.scopeOf(user);
		var errors = new ArrayList<String>();
		Agency target = agency == null || agency.isBlank() ? agencies.byId(user.agencyId()).orElseThrow()
				: agencies.byCode(agency.strip()).filter(a -> scope.includes(a.getId())).orElse(null);
		if (target == null) {
			errors.add(messages.getMessage("petitions.error.scope", null, locale));
			target = agencies.byId(user.agencyId()).orElseThrow();
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
		LocalDate start = parse(from, today.withDayOfYear(1), "from", errors, locale);
		LocalDate end = parse(to, today, "to", errors, locale);
		if (end.isBefore(start)) {
			errors.add(messages.getMessage("petitions.error.period", null, locale));
			end = start;
		}
		boolean wide = subordinates == null ? scope.reachesSubordinates() : subordinates;
		Set<Long> ids = wide ? agencies.selfAndDescendants(target.getId()).stream().filter(scope::includes)
				.collect(Collectors.toSet()) : Set.of(target.getId());
		return new Question(target, start, end, wide, ids, errors);
	}

	private LocalDate parse(String text, LocalDate fallback, String field, List<String> errors, Locale locale) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return sunshine.shared.DateInput.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.add(messages.getMessage("petitions.error." + field + ".format", new Object[] { text }, locale));
			return fallback;
		}
	}

	@GetMapping("/console/petitions/analysis")
	String analysis(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Boolean includeSubordinates, Model model, Locale locale) {
		Question q = question(user, agency, from, to, includeSubordinates, locale);
		var figures = statistics.figures(q.ids(), q.from(), q.to(), null);
		var previous = statistics.figures(q.ids(), q.from().minusYears(1), q.to().minusYears(1), null);
		var byMonth = statistics.byMonth(q.ids(), q.from(), q.to());
		var byCategory = statistics.byCategory(q.ids(), q.from(), q.to());
		model.addAttribute("q", q);
		model.addAttribute("agencies", agencies.tree().stream().filter(a -> agencies.scopeOf(user).includes(a.getId()))
				.toList());
		model.addAttribute("figures", figures);
		model.addAttribute("previous", previous);
		model.addAttribute("receivedChange", percent(PetitionStatistics.change(previous.received(), figures.received())));
		model.addAttribute("onlineChange", percent(PetitionStatistics.change(previous.online(), figures.online())));
		model.addAttribute("byMonth", byMonth);
		model.addAttribute("byAgency", statistics.byAgency(q.ids(), q.from(), q.to()));
		model.addAttribute("byCategory", byCategory);
		model.addAttribute("byUnit", statistics.byUnit(q.ids(), q.from(), q.to()).stream().limit(30).toList());
		model.addAttribute("topics", HotTopics.of(statistics.texts(q.ids(), q.from(), q.to(), 5000), 20));
		model.addAttribute("monthLabels", json(byMonth.stream().map(Row::label).toList()));
		model.addAttribute("monthValues", json(byMonth.stream().map(Row::received).toList()));
		model.addAttribute("monthOnline", json(byMonth.stream().map(Row::online).toList()));
		model.addAttribute("channelLabels", json(List.copyOf(figures.byChannel().keySet())));
		model.addAttribute("channelValues", json(List.copyOf(figures.byChannel().values())));
		model.addAttribute("categoryLabels", json(byCategory.stream().map(Row::label).toList()));
		model.addAttribute("categoryValues", json(byCategory.stream().map(Row::received).toList()));
		return "petitions/analysis";
	}

	@GetMapping("/console/petitions/analysis.xlsx")
	ResponseEntity<byte[]> excel(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Boolean includeSubordinates, Locale locale) throws IOException {
		Question q = question(user, agency, from, to, includeSubordinates, locale);
		var figures = statistics.figures(q.ids(), q.from(), q.to(), null);
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet summary = workbook.createSheet(msg("petitions.analysis.summary", locale));
			row(summary, 0, msg("petitions.field.agency", locale), q.agency().getName());
			row(summary, 1, msg("petitions.analysis.period", locale), q.from() + " — " + q.to());
			row(summary, 2, msg("petitions.analysis.received", locale), figures.received());
			row(summary, 3, msg("petitions.analysis.replied", locale), figures.replied());
			row(summary, 4, msg("petitions.analysis.open", locale), figures.open());
			row(summary, 5, msg("petitions.analysis.online", locale), figures.online());
			row(summary, 6, msg("petitions.analysis.replyRate", locale), rate(figures.replyRate()));
			row(summary, 7, msg("petitions.analysis.onTimeRate", locale), rate(figures.onTimeRate()));
			row(summary, 8, msg("petitions.analysis.satisfactionRate", locale), rate(figures.satisfactionRate()));
			int r = 10;
			for (var entry : figures.byChannel().entrySet()) {
				row(summary, r++, entry.getKey(), entry.getValue());
			}
			row(summary, r + 1, msg("petitions.repeats.count", locale), figures.repeats());
			sheet(workbook, msg("petitions.analysis.byMonth", locale), statistics.byMonth(q.ids(), q.from(), q.to()), locale);
			sheet(workbook, msg("petitions.analysis.byAgency", locale), statistics.byAgency(q.ids(), q.from(), q.to()),
					locale);
			sheet(workbook, msg("petitions.analysis.byCategory", locale),
					statistics.byCategory(q.ids(), q.from(), q.to()), locale);
			sheet(workbook, msg("petitions.analysis.byUnit", locale), statistics.byUnit(q.ids(), q.from(), q.to()), locale);
			Sheet topics = workbook.createSheet(msg("petitions.analysis.topics", locale));
			int t = 0;
			for (var topic : HotTopics.of(statistics.texts(q.ids(), q.from(), q.to(), 5000), 50)) {
				row(topics, t++, topic.word(), topic.count());
			}
			workbook.write(out);
			String name = "petitions-" + q.agency().getCode() + "-" + q.from() + "-" + q.to() + ".xlsx";
			return ResponseEntity.ok()
					.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
					.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
					.body(out.toByteArray());
		}
	}

	private void sheet(XSSFWorkbook workbook, String name, List<Row> rows, Locale locale) {
		Sheet sheet = workbook.createSheet(name);
		var head = sheet.createRow(0);
		head.createCell(0).setCellValue(name);
		head.createCell(1).setCellValue(msg("petitions.analysis.received", locale));
		head.createCell(2).setCellValue(msg("petitions.analysis.replied", locale));
		head.createCell(3).setCellValue(msg("petitions.analysis.online", locale));
		int i = 1;
		for (Row row : rows) {
			var line = sheet.createRow(i++);
			line.createCell(0).setCellValue(row.label());
			line.createCell(1).setCellValue(row.received());
			line.createCell(2).setCellValue(row.replied());
			line.createCell(3).setCellValue(row.online());
		}
	}

	private static void row(Sheet sheet, int index, String label, Object value) {
		org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
		row.createCell(0).setCellValue(label);
		if (value instanceof Number n) {
			row.createCell(1).setCellValue(n.doubleValue());
		}
		else {
			row.createCell(1).setCellValue(value == null ? "" : value.toString());
		}
	}

	private static Object rate(java.math.BigDecimal rate) {
		return rate == null ? "—" : rate;
	}

	private static String percent(java.math.BigDecimal change) {
		if (change == null) {
			return "—";
		}
		var p = change.movePointRight(2).stripTrailingZeros().toPlainString();
		return (change.signum() > 0 ? "+" : "") + p + "%";
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}
}
