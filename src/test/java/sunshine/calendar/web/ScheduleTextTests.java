package sunshine.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import sunshine.calendar.CalendarProblem;
import sunshine.calendar.Holiday;
import sunshine.calendar.YearSchedule;

class ScheduleTextTests {

	@Test
	void readsANoticeTypedLineByLine() {
		var parsed = ScheduleText.parse("""
				# 2026 年
				春节 | 2026-02-15..2026-02-23 | 2026-02-14, 2026-02-28
				清明节｜2026-04-04至2026-04-06｜
				""");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.holidays()).hasSize(2);
		Holiday spring = parsed.holidays().get(0);
		assertThat(spring.name()).isEqualTo("春节");
		assertThat(spring.daysOff()).hasSize(9).startsWith(LocalDate.of(2026, 2, 15)).endsWith(LocalDate.of(2026, 2, 23));
		assertThat(spring.makeUpWorkdays()).containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
		assertThat(parsed.holidays().get(1).daysOff()).hasSize(3);
	}

	@Test
	void namesTheLineItCannotRead() {
		var parsed = ScheduleText.parse("元旦 | 2026-01-01\n春节 2026-02-15\n劳动节 | 2026-05-xx |");
		assertThat(parsed.problems()).extracting(CalendarProblem::messageKey)
				.containsExactly("calendar.problem.lineFormat", "calendar.problem.lineDates");
		assertThat(parsed.problems()).extracting(p -> p.arguments().get(0)).containsExactly(2, 3);
	}

	@Test
	void writesAScheduleBackInTheSameForm() {
		var schedule = new YearSchedule(2026, null, List.of(new Holiday("春节",
				List.of(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16)), List.of(LocalDate.of(2026, 2, 14)))));
		assertThat(ScheduleText.format(schedule)).isEqualTo("春节 | 2026-02-15..2026-02-16 | 2026-02-14\n");
	}

	@Test
	void refusesAMakeUpDayThatIsNotAWeekendAndADateOfAnotherYear() {
		var schedule = new YearSchedule(2026, null, List.of(new Holiday("国庆节",
				List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)), List.of(LocalDate.of(2026, 10, 12)))));
		assertThat(schedule.problems()).extracting(CalendarProblem::messageKey)
				.containsExactlyInAnyOrder("calendar.problem.otherYear", "calendar.problem.workdayNotWeekend");
	}
}
