package sunshine.petitions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import sunshine.calendar.CalendarManagement;
import sunshine.calendar.ClockPlan;
import sunshine.calendar.Holiday;
import sunshine.calendar.WorkingCalendar;
import sunshine.calendar.YearSchedule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calendar module as the unit tests see it: the shipped holiday schedules, no database. */
final class CalendarFixture {

	private CalendarFixture() {
	}

	static CalendarManagement shipped() {
		WorkingCalendar calendar = WorkingCalendar.of(schedules());
		CalendarManagement management = mock(CalendarManagement.class);
		when(management.deadline(any())).thenAnswer(call -> calendar.deadline(call.<ClockPlan>getArgument(0)));
		when(management.calendar()).thenReturn(calendar);
		return management;
	}

	private static List<YearSchedule> schedules() {
		List<YearSchedule> schedules = new ArrayList<>();
		try (InputStream in = CalendarFixture.class.getClassLoader().getResourceAsStream("calendar/cn-holidays.json")) {
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
		return schedules;
	}

	private static List<LocalDate> dates(JsonNode array) {
		List<LocalDate> dates = new ArrayList<>();
		if (array != null) {
			array.forEach(day -> dates.add(LocalDate.parse(day.asString())));
		}
		return dates;
	}
}
