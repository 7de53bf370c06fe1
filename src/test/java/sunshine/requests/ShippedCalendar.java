package sunshine.requests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import sunshine.calendar.Holiday;
import sunshine.calendar.WorkingCalendar;
import sunshine.calendar.YearSchedule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The holiday schedules shipped with Sunshine, as a calendar for unit tests. */
final class ShippedCalendar {

	static final WorkingCalendar CALENDAR = load();

	private ShippedCalendar() {
	}

	private static WorkingCalendar load() {
		List<YearSchedule> schedules = new ArrayList<>();
		try (InputStream in = ShippedCalendar.class.getClassLoader().getResourceAsStream("calendar/cn-holidays.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (Map.Entry<String, JsonNode> year : root.get("years").properties()) {
				List<Holiday> holidays = new ArrayList<>();
				for (JsonNode holiday : year.getValue().get("holidays")) {
					holidays.add(new Holiday(holiday.get("name").asString(), dates(holiday.get("off")),
							dates(holiday.get("workdays"))));
				}
				schedules.add(new YearSchedule(Integer.parseInt(year.getKey()), year.getValue().get("notice").asString(),
						holidays));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return WorkingCalendar.of(schedules);
	}

	private static List<LocalDate> dates(JsonNode array) {
		List<LocalDate> dates = new ArrayList<>();
		if (array != null) {
			array.forEach(day -> dates.add(LocalDate.parse(day.asString())));
		}
		return dates;
	}

	/** Due dates on the shipped calendar, as {@link DisclosureRequestManagement} computes them, as of {@code today}. */
	static DueDates dueDates(LocalDate today) {
		return request -> AnswerClock.withAgencyDate(CALENDAR.deadline(AnswerClock.plan(request, today)),
				request.getAgencySetDueOn());
	}
}
