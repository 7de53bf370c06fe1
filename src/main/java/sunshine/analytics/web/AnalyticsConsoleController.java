package sunshine.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.analytics.PageViews;
import sunshine.analytics.PortalTraffic;

import tools.jackson.databind.json.JsonMapper;

/**
 * 门户访问统计 for the disclosure editors: the portal's page views per month of a year (a chart and the
 * same figures as a table), per column and the most read items. The whole portal's figures: a count of
 * views holds no personal data.
 */
@Controller
class AnalyticsConsoleController {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final PortalTraffic traffic;
	private final PageViews pageViews;
	private final MessageSource messages;
	private final Clock clock;

	AnalyticsConsoleController(PortalTraffic traffic, PageViews pageViews, MessageSource messages, Clock clock) {
		this.traffic = traffic;
		this.pageViews = pageViews;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/console/disclosure/analytics")
	String analytics(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year,
			Locale locale, Model model) {
		if (user == null || !user.has(Role.DISCLOSURE_EDITOR)) {
			throw new AccessDeniedException("Disclosure editors only");
		}
		int thisYear = LocalDate.now(clock.withZone(SHANGHAI)).getYear();
		int shown = year == null || year < 2000 || year > thisYear ? thisYear : year;
		List<PortalTraffic.Month> months = traffic.months(shown);
		List<PortalTraffic.Column> columns = traffic.columns(shown, 0,
				section -> messages.getMessage("analytics.section." + section, null, section, locale));
		model.addAttribute("year", shown);
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(Math.max(2016, thisYear - 9), thisYear)
				.map(y -> thisYear - (y - Math.max(2016, thisYear - 9))).boxed().toList());
		model.addAttribute("months", months);
		model.addAttribute("total", months.stream().mapToLong(PortalTraffic.Month::views).sum());
		model.addAttribute("pending", pageViews.pendingViews());
		model.addAttribute("columns", columns);
		model.addAttribute("items", traffic.popularItems(shown, 0, 20));
		model.addAttribute("monthLabels", json(months.stream()
				.map(m -> messages.getMessage("analytics.month", new Object[] { m.month() }, locale)).toList()));
		model.addAttribute("monthValues", json(months.stream().map(PortalTraffic.Month::views).toList()));
		model.addAttribute("columnLabels", json(columns.stream().map(PortalTraffic.Column::name).toList()));
		model.addAttribute("columnValues", json(columns.stream().map(PortalTraffic.Column::views).toList()));
		return "analytics/console";
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}
}
