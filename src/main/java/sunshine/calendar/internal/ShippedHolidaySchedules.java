package sunshine.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonProperty;

import sunshine.calendar.CalendarManagement;
import sunshine.calendar.Holiday;
import sunshine.calendar.YearSchedule;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the holiday schedules shipped with Sunshine ({@code calendar/cn-holidays.json}, State
 * Council notices 2017–2026) for every year the database does not have yet. A year an
 * administrator has entered or corrected is never overwritten.
 */
@Component
@Order(0)
class ShippedHolidaySchedules implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedHolidaySchedules.class);
	static final String RESOURCE = "calendar/cn-holidays.json";

	record ShippedFile(@JsonProperty("_comment") String comment, Map<String, ShippedYear> years) {
	}

	record ShippedYear(String notice, List<ShippedHoliday> holidays) {
	}

	record ShippedHoliday(String name, List<LocalDate> off, List<LocalDate> workdays) {
	}

	private final CalendarManagement calendar;
	private final ObjectMapper json;

	ShippedHolidaySchedules(CalendarManagement calendar, ObjectMapper json) {
		this.calendar = calendar;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		int loaded = 0;
		for (YearSchedule schedule : read()) {
			if (!calendar.hasYear(schedule.year())) {
				calendar.replaceYear(schedule, "system");
				loaded++;
			}
		}
		if (loaded > 0) {
			log.info("Loaded {} shipped holiday schedules (工作日历)", loaded);
		}
		calendar.reload();
	}

	List<YearSchedule> read() throws IOException {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			ShippedFile file = json.readValue(in, ShippedFile.class);
			return file.years().entrySet().stream()
					.map(entry -> new YearSchedule(Integer.parseInt(entry.getKey()), entry.getValue().notice(),
							entry.getValue().holidays().stream()
									.map(h -> new Holiday(h.name(), h.off(), h.workdays())).toList()))
					.sorted(java.util.Comparator.comparingInt(YearSchedule::year))
					.toList();
		}
	}
}
