package sunshine.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The working-day calendar on the holiday data shipped with Sunshine ({@code calendar/cn-holidays.json}).
 *
 * <p>Every expected date below was counted by hand on a wall calendar from the State Council holiday
 * notices (国务院办公厅关于XXXX年部分节假日安排的通知); the comment of each row gives the count. "wd" = working
 * day, "mu" = make-up working day (调休上班), "(n)" = the n-th day counted. The start day is never counted.
 */
class WorkingCalendarTests {

	private static WorkingCalendar calendar;

	@BeforeAll
	static void loadShippedSchedules() throws IOException {
		List<YearSchedule> schedules = new ArrayList<>();
		try (InputStream in = WorkingCalendarTests.class.getClassLoader()
				.getResourceAsStream("calendar/cn-holidays.json")) {
			assertThat(in).as("calendar/cn-holidays.json on the classpath").isNotNull();
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (Map.Entry<String, JsonNode> year : root.get("years").properties()) {
				List<Holiday> holidays = new ArrayList<>();
				for (JsonNode holiday : year.getValue().get("holidays")) {
					holidays.add(new Holiday(holiday.get("name").asString(), dates(holiday.get("off")),
							dates(holiday.get("workdays"))));
				}
				schedules.add(new YearSchedule(Integer.parseInt(year.getKey()),
						year.getValue().get("notice").asString(), holidays));
			}
		}
		schedules.forEach(schedule -> assertThat(schedule.problems()).as("problems of %d", schedule.year()).isEmpty());
		calendar = WorkingCalendar.of(schedules);
	}

	private static List<LocalDate> dates(JsonNode array) {
		List<LocalDate> dates = new ArrayList<>();
		if (array != null) {
			array.forEach(day -> dates.add(LocalDate.parse(day.asString())));
		}
		return dates;
	}

	// ---------------------------------------------------------------------------------------------
	// Periods: received/accepted on `start`, limit `amount` `unit`; optional pause (both ends counted
	// as paused), restart (补正 received on that day) and extension (in the same unit as the limit).
	// ---------------------------------------------------------------------------------------------

	@ParameterizedTest(name = "[{index}] {0} + {1} {2} (pause {3}..{4}, restart {5}, +{6}) -> {7}")
	@CsvSource(nullValues = "", value = {
			// ---- 2008 rules (第二十四条): 15 working days ----------------------------------------
			// 2017 春节 off 01-27..02-02, mu Sun 01-22 and Sat 02-04. From Fri 01-20: Sun 22(1) 23(2) 24(3)
			// 25(4) 26(5) | 27..02-02 off | Fri 02-03(6) Sat 04(7) 06(8) 07(9) 08(10) 09(11) 10(12) 13(13)
			// 14(14) Wed 15(15).
			"2017-01-20, 15, WORKING_DAYS, , , , , 2017-02-15",
			// Start on Sat 2016-12-31 (2016 not loaded, but the span begins 2017-01-01). 元旦 off 01-01,
			// 01-02. Tue 01-03(1) .. Fri 06(4), 09..13(5..9), 16..20(10..14), Sat 21 plain, Sun 22 mu(15).
			"2016-12-31, 15, WORKING_DAYS, , , , , 2017-01-22",
			// 2017 国庆+中秋 off 10-01..10-08, mu Sat 09-30. From Fri 09-22: 25(1)..29(5) Sat 30(6) |
			// 10-01..08 off | Mon 10-09(7)..13(11) 16(12) 17(13) 18(14) Thu 19(15).
			"2017-09-22, 15, WORKING_DAYS, , , , , 2017-10-19",
			// 2018 国庆 off 10-01..10-07, mu Sat 09-29 and Sun 09-30. From Fri 09-28: 29(1) 30(2) | off |
			// Mon 10-08(3)..12(7) 15(8)..19(12) 22(13) 23(14) Wed 24(15).
			"2018-09-28, 15, WORKING_DAYS, , , , , 2018-10-24",
			// Year boundary (2019 notice): mu Sat 2018-12-29, off 12-30, 12-31, 2019-01-01. From Thu 12-20:
			// Fri 21(1) 24(2)..28(6) Sat 29(7) | 30, 31, 01-01 off | Wed 01-02(8) 03(9) Fri 04(10)
			// 07(11)..Fri 11(15).
			"2018-12-20, 15, WORKING_DAYS, , , , , 2019-01-11",
			// One working day after Fri 2018-12-28 is the make-up Saturday 12-29.
			"2018-12-28, 1, WORKING_DAYS, , , , , 2018-12-29",
			// Two: Sat 12-29(1), 12-30/31 and 01-01 off, Wed 2019-01-02(2).
			"2018-12-28, 2, WORKING_DAYS, , , , , 2019-01-02",
			// 2019 劳动节 (adjusted notice) off 05-01..05-04, mu Sun 04-28 and Sun 05-05; received before
			// 2019-05-15, so still 15 wd. From Fri 04-26: Sun 28(1) 29(2) 30(3) | off | Sun 05-05(4)
			// 06(5)..10(9) 13(10)..17(14) Mon 20(15).
			"2019-04-26, 15, WORKING_DAYS, , , , , 2019-05-20",
			// ---- 2019 rules (第三十三条): 20 working days ----------------------------------------
			// 2020 春节 as extended for COVID-19: off 01-24..02-02 (Sat 02-01 no longer a make-up day),
			// mu Sun 01-19. From Fri 01-17: Sun 19(1) 20(2)..23(5) | 01-24..02-02 off | Mon 02-03(6)..07(10)
			// 10(11)..14(15) 17(16)..Fri 21(20). (Without the extension it would be 02-19.)
			"2020-01-17, 20, WORKING_DAYS, , , , , 2020-02-21",
			// From Thu 2020-01-23 the next working day is Mon 02-03 (01-31 and 02-01 are off since the extension).
			"2020-01-23, 1, WORKING_DAYS, , , , , 2020-02-03",
			// 2020 国庆+中秋 off 10-01..10-08, mu Sun 09-27 and Sat 10-10. From Fri 09-25: Sun 27(1) 28(2)
			// 29(3) 30(4) | off | Fri 10-09(5) Sat 10(6) 12(7)..16(11) 19(12)..23(16) 26(17) 27(18) 28(19) Thu 29(20).
			"2020-09-25, 20, WORKING_DAYS, , , , , 2020-10-29",
			// 2021 春节 off 02-11..02-17, mu Sun 02-07 and Sat 02-20. From Fri 02-05: Sun 07(1) 08(2) 09(3)
			// 10(4) | off | Thu 18(5) Fri 19(6) Sat 20(7) 22(8)..26(12) 03-01(13)..05(17) 08(18) 09(19) Wed 10(20).
			"2021-02-05, 20, WORKING_DAYS, , , , , 2021-03-10",
			// Year boundary (2023 notice): off Sat 2022-12-31, 01-01, Mon 01-02; 2023 春节 off 01-21..01-27,
			// mu Sat 01-28, Sun 01-29. From Thu 2022-12-29: Fri 30(1) | off | Tue 01-03(2)..06(5) 09(6)..13(10)
			// 16(11)..20(15) | off | Sat 28(16) Sun 29(17) Mon 30(18) 31(19) Wed 02-01(20).
			"2022-12-29, 20, WORKING_DAYS, , , , , 2023-02-01",
			// 2023 中秋+国庆 off 09-29..10-06, mu Sat 10-07 and Sun 10-08. From Wed 09-27: Thu 28(1) | off |
			// Sat 10-07(2) Sun 08(3) 09(4)..13(8) 16(9)..20(13) 23(14)..27(18) 30(19) Tue 31(20).
			"2023-09-27, 20, WORKING_DAYS, , , , , 2023-10-31",
			// One working day after Thu 2023-09-28: 09-29..10-06 off, make-up Sat 10-07.
			"2023-09-28, 1, WORKING_DAYS, , , , , 2023-10-07",
			// 2024 春节 off 02-10..02-17, mu Sun 02-04 and Sun 02-18 (除夕 Fri 02-09 is a working day).
			// From Fri 02-02: Sun 04(1) 05(2)..09(6) | off | Sun 18(7) 19(8)..23(12) 26(13)..29(16) Fri 03-01(17)
			// 04(18) 05(19) Wed 06(20).
			"2024-02-02, 20, WORKING_DAYS, , , , , 2024-03-06",
			// 2025 春节 (revised rules, 除夕 statutory) off 01-28..02-04, mu Sun 01-26 and Sat 02-08. From Fri
			// 01-24: Sun 26(1) Mon 27(2) | off | Wed 02-05(3) 06(4) 07(5) Sat 08(6) 10(7)..14(11) 17(12)..21(16)
			// 24(17) 25(18) 26(19) Thu 27(20).
			"2025-01-24, 20, WORKING_DAYS, , , , , 2025-02-27",
			// 2025 国庆+中秋 off 10-01..10-08, mu Sun 09-28 and Sat 10-11. From Fri 09-26: Sun 28(1) 29(2)
			// 30(3) | off | Thu 10-09(4) Fri 10(5) Sat 11(6) 13(7)..17(11) 20(12)..24(16) 27(17) 28(18) 29(19) Thu 30(20).
			"2025-09-26, 20, WORKING_DAYS, , , , , 2025-10-30",
			// 2026 元旦 off 01-01..01-03, mu Sun 01-04: one working day after Wed 2025-12-31 is Sun 2026-01-04.
			"2025-12-31, 1, WORKING_DAYS, , , , , 2026-01-04",
			// 2026 春节 off 02-15..02-23, mu Sat 02-14 and Sat 02-28. From Fri 02-13: Sat 14(1) | off |
			// Tue 24(2) 25(3) 26(4) Fri 27(5) Sat 28(6) 03-02(7)..06(11) 09(12)..13(16) 16(17) 17(18) 18(19) Thu 19(20).
			"2026-02-13, 20, WORKING_DAYS, , , , , 2026-03-19",
			// ---- Calendar days (信访, 第二百零三条 roll-forward) ------------------------------------
			// Accepted 2025-03-03 + 60 d: 03-31 is +28, 04-30 is +58, 05-02 is +60, inside 劳动节 off
			// 05-01..05-05 -> Tue 05-06.
			"2025-03-03, 60, CALENDAR_DAYS, , , , , 2025-05-06",
			// 2025-05-15 (Thu) + 30 d = Sat 06-14, an ordinary weekend (端午 was 05-31..06-02) -> Mon 06-16.
			"2025-05-15, 30, CALENDAR_DAYS, , , , , 2025-06-16",
			// 2024-12-10 + 60 d: 12-31 is +21, 01-31 is +52, 02-08 is +60 = make-up Sat of 2025 春节: no roll.
			"2024-12-10, 60, CALENDAR_DAYS, , , , , 2025-02-08",
			// 2023-08-03 + 60 d: 08-31 is +28, 09-30 is +58, 10-02 is +60, inside 09-29..10-06 off -> the next
			// working day is the make-up Sat 10-07.
			"2023-08-03, 60, CALENDAR_DAYS, , , , , 2023-10-07",
			// 2026-01-20 + 30 d: 01-31 is +11, 02-19 is +30, inside 春节 off 02-15..02-23 -> Tue 02-24.
			"2026-01-20, 30, CALENDAR_DAYS, , , , , 2026-02-24",
			// 2020-01-02 + 30 d = Sat 02-01 (off since the COVID extension, no longer a make-up day), Sun 02-02
			// off -> Mon 02-03.
			"2020-01-02, 30, CALENDAR_DAYS, , , , , 2020-02-03",
			// ---- Pause (third-party consultation, 第三十三条第三款) -----------------------------------
			// Received Mon 2025-03-03, paused Mon 03-10..Fri 03-21. Tue 04(1)..Fri 07(4) | paused |
			// 24(5)..28(9) 31(10) 04-01(11) 02(12) Thu 03(13) | Fri 04-04 清明 off | 07(14)..11(18) 14(19) Tue 15(20).
			"2025-03-03, 20, WORKING_DAYS, 2025-03-10, 2025-03-21, , , 2025-04-15",
			// Received Fri 2025-09-26, paused 09-29..10-12 (covers the holiday and the Sat 10-11 make-up day):
			// Sun 09-28(1) | paused | Mon 10-13(2)..17(6) 20(7)..24(11) 27(12)..31(16) 11-03(17) 04(18) 05(19) Thu 06(20).
			"2025-09-26, 20, WORKING_DAYS, 2025-09-29, 2025-10-12, , , 2025-11-06",
			// ---- Restart (补正, 第三十条): a fresh 20 wd after the day the supplement is received ------
			// Received 2024-03-01, 补正 received Wed 03-20. Thu 21(1) Fri 22(2) 25(3)..29(7) 04-01(8) 02(9)
			// Wed 03(10) | 清明 off 04-04..04-06 | Sun 04-07 mu(11) 08(12)..12(16) 15(17) 16(18) 17(19) Thu 18(20).
			"2024-03-01, 20, WORKING_DAYS, , , 2024-03-20, , 2024-04-18",
			// ---- Extension (+20 wd, 第三十三条第二款) -------------------------------------------------
			// 2025-09-26 + 20 wd = 10-30 (see above); then Fri 10-31(1) 11-03(2)..07(6) 10(7)..14(11)
			// 17(12)..21(16) 24(17) 25(18) 26(19) Thu 27(20).
			"2025-09-26, 20, WORKING_DAYS, , , , 20, 2025-11-27",
			// Restart and extension: 2024-04-18 (see above) + 20 wd: Fri 19(1) 22(2)..26(6) Sun 04-28 mu(7)
			// 29(8) 30(9) | 劳动节 off 05-01..05-05 | 06(10)..10(14) Sat 05-11 mu(15) 13(16)..Fri 17(20).
			"2024-03-01, 20, WORKING_DAYS, , , 2024-03-20, 20, 2024-05-17",
			// 信访 60 d + 30 d extension, original end a plain working day: 2025-06-12 + 60 = Mon 08-11
			// (06-30 is +18, 07-31 is +49); + 30 = Wed 09-10 (08-31 is +20).
			"2025-06-12, 60, CALENDAR_DAYS, , , , 30, 2025-09-10",
	})
	void periodsOverRealHolidays(LocalDate start, int amount, PeriodUnit unit, LocalDate pauseFirst,
			LocalDate pauseLast, LocalDate restartOn, Integer extension, LocalDate due) {
		ClockPlan plan = ClockPlan.startingOn(start, new TimeLimit(amount, unit));
		if (pauseFirst != null) {
			plan = plan.pausedBetween(pauseFirst, pauseLast, "征求第三方意见");
		}
		if (restartOn != null) {
			plan = plan.restartedOn(restartOn, "补正");
		}
		if (extension != null) {
			plan = plan.extendedBy(new TimeLimit(extension, unit), "延长答复期限");
		}

		Deadline deadline = calendar.deadline(plan);

		assertThat(deadline.due()).isEqualTo(due);
		assertThat(deadline.calendarComplete()).isTrue();
		assertThat(deadline.unloadedYears()).isEmpty();
		assertThat(deadline.derivation()).isNotEmpty();
		DerivationStep last = deadline.derivation().get(deadline.derivation().size() - 1);
		assertThat(last.messageKey()).isEqualTo("calendar.derivation.due");
		assertThat(last.arguments()).containsExactly(due);
	}

	// ---------------------------------------------------------------------------------------------
	// Spans into 2027, whose notice is not loaded: only weekends are days off there.
	// ---------------------------------------------------------------------------------------------

	@ParameterizedTest(name = "[{index}] {0} + {1} {2} -> {3} (2027 not loaded)")
	@CsvSource({
			// From Tue 2026-12-15: 16(1) 17(2) 18(3) 21(4)..25(8) 28(9) 29(10) 30(11) Thu 31(12) | 2027 weekends
			// only: Fri 01-01(13) (New Year unknown) 04(14)..08(18) 11(19) Tue 12(20).
			"2026-12-15, 20, WORKING_DAYS, 2027-01-12",
			// 2026-12-02 + 30 d: 12-31 is +29, Fri 2027-01-01 is +30; a weekday of an unloaded year: no roll.
			"2026-12-02, 30, CALENDAR_DAYS, 2027-01-01",
	})
	void spanIntoAnUnloadedYear(LocalDate start, int amount, PeriodUnit unit, LocalDate due) {
		Deadline deadline = calendar.deadline(ClockPlan.startingOn(start, new TimeLimit(amount, unit)));

		assertThat(deadline.due()).isEqualTo(due);
		assertThat(deadline.calendarComplete()).isFalse();
		assertThat(deadline.unloadedYears()).containsExactly(2027);
		assertThat(deadline.derivation()).extracting(DerivationStep::messageKey)
				.contains("calendar.derivation.unloaded")
				.last().isEqualTo("calendar.derivation.due");
	}

	@Test
	void aSpanEndingOnTheLastDayOf2026IsComplete() {
		// From Thu 2026-12-24: Fri 25(1) 28(2) 29(3) 30(4) Thu 31(5) — all in 2026.
		Deadline deadline = calendar.deadline(ClockPlan.startingOn(LocalDate.of(2026, 12, 24), TimeLimit.workingDays(5)));

		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(deadline.calendarComplete()).isTrue();
		assertThat(deadline.unloadedYears()).isEmpty();
	}

	// ---------------------------------------------------------------------------------------------
	// Single days
	// ---------------------------------------------------------------------------------------------

	@ParameterizedTest(name = "{0} working day: {1}")
	@CsvSource({
			"2017-01-22, true",  // Sun, 2017 春节 make-up
			"2017-01-27, false", // Fri, 2017 春节 (除夕)
			"2017-09-30, true",  // Sat, 2017 国庆 make-up
			"2018-12-29, true",  // Sat, make-up for 2019 元旦 (2019 notice)
			"2018-12-31, false", // Mon, 2019 元旦 bridge day (2019 notice)
			"2019-05-05, true",  // Sun, 2019 劳动节 make-up (adjusted notice)
			"2020-01-19, true",  // Sun, 2020 春节 make-up
			"2020-01-31, false", // Fri, COVID extension
			"2020-02-01, false", // Sat, was a make-up day, off after the COVID extension
			"2020-02-03, true",  // Mon, work resumes: a plain weekday
			"2022-12-31, false", // Sat, 2023 元旦 (2023 notice), off anyway
			"2023-01-02, false", // Mon, 2023 元旦
			"2023-01-28, true",  // Sat, 2023 春节 make-up
			"2023-10-07, true",  // Sat, 2023 国庆 make-up
			"2024-02-09, true",  // Fri, 除夕 2024: not a statutory day off then
			"2024-02-18, true",  // Sun, 2024 春节 make-up
			"2024-06-08, false", // Sat, plain weekend before 端午 (not listed in the data)
			"2025-01-28, false", // Tue, 除夕 2025: statutory since the 2024 revision
			"2025-05-02, false", // Fri, 劳动节 (statutory since 2025)
			"2025-09-28, true",  // Sun, 2025 国庆 make-up
			"2025-10-08, false", // Wed, 2025 国庆+中秋
			"2025-10-11, true",  // Sat, 2025 国庆 make-up
			"2025-03-08, false", // Sat, plain weekend
			"2025-03-09, false", // Sun, plain weekend
			"2025-03-10, true",  // Mon, plain weekday
			"2026-01-04, true",  // Sun, 2026 元旦 make-up
			"2026-02-23, false", // Mon, last day of the 9-day 2026 春节
			"2026-02-28, true",  // Sat, 2026 春节 make-up
			"2026-09-20, true",  // Sun, 2026 国庆 make-up
			"2026-10-07, false", // Wed, 2026 国庆
			"2027-01-01, true",  // Fri, 2027 not loaded: weekdays are working days
			"2027-01-02, false", // Sat, 2027 not loaded: weekends are off
	})
	void notableDays(LocalDate day, boolean working) {
		assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
	}

	// ---------------------------------------------------------------------------------------------
	// Years loaded, with the counts of cn-holidays.md's table
	// ---------------------------------------------------------------------------------------------

	@ParameterizedTest(name = "{0}: {1} days off, {2} weekend workdays")
	@CsvSource({
			"2017, 24, 5",
			"2018, 25, 7",
			"2019, 22, 6",
			"2020, 30, 6",
			"2021, 31, 7",
			"2022, 32, 7",
			"2023, 26, 7",
			"2024, 28, 8",
			"2025, 28, 5",
			"2026, 33, 6",
	})
	void eachYearIsLoadedWithItsMarks(int year, int daysOff, int workdays) {
		assertThat(calendar.isLoaded(year)).isTrue();
		int off = 0;
		int work = 0;
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			var mark = calendar.mark(day);
			if (mark.isPresent()) {
				if (mark.get().kind() == DayKind.OFF) {
					off++;
					assertThat(calendar.isWorkingDay(day)).as("%s is off", day).isFalse();
				}
				else {
					work++;
					assertThat(YearSchedule.isWeekend(day)).as("%s is a weekend", day).isTrue();
					assertThat(calendar.isWorkingDay(day)).as("%s is worked", day).isTrue();
				}
			}
		}
		assertThat(off).isEqualTo(daysOff);
		assertThat(work).isEqualTo(workdays);
	}

	@Test
	void onlyTheYears2017To2026AreLoaded() {
		assertThat(calendar.loadedYears()).containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
		assertThat(calendar.isLoaded(2016)).isFalse();
		assertThat(calendar.isLoaded(2027)).isFalse();
	}

	// ---------------------------------------------------------------------------------------------
	// Derivation
	// ---------------------------------------------------------------------------------------------

	@Test
	void derivationOfAWorkingDaySpanAcrossNationalDay2025NamesTheHoliday() {
		Deadline deadline = calendar.deadline(
				ClockPlan.startingOn(LocalDate.of(2025, 9, 26), TimeLimit.workingDays(20)));

		assertThat(deadline.due()).isEqualTo(LocalDate.of(2025, 10, 30));
		List<DerivationStep> steps = deadline.derivation();
		assertThat(steps).isNotEmpty();
		assertThat(steps.get(steps.size() - 1).messageKey()).isEqualTo("calendar.derivation.due");
		assertThat(steps).filteredOn(step -> step.messageKey().equals("calendar.derivation.holiday"))
				.anySatisfy(step -> assertThat(step.arguments()).startsWith(LocalDate.of(2025, 10, 1),
						LocalDate.of(2025, 10, 8)));
		// The two make-up days inside the span, Sun 09-28 and Sat 10-11, are named too.
		assertThat(steps).filteredOn(step -> step.messageKey().equals("calendar.derivation.makeUp"))
				.extracting(step -> step.arguments().get(0))
				.containsExactly(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
	}

	@Test
	void derivationOfACalendarDayPeriodRollingOutOfMayDay2025() {
		Deadline deadline = calendar.deadline(
				ClockPlan.startingOn(LocalDate.of(2025, 3, 3), TimeLimit.calendarDays(60)));

		assertThat(deadline.due()).isEqualTo(LocalDate.of(2025, 5, 6));
		assertThat(deadline.derivation()).filteredOn(step -> step.messageKey().equals("calendar.derivation.rollForward"))
				.singleElement()
				.satisfies(step -> assertThat(step.arguments()).containsExactly(LocalDate.of(2025, 5, 2),
						LocalDate.of(2025, 5, 6)));
		assertThat(deadline.derivation().get(deadline.derivation().size() - 1).messageKey())
				.isEqualTo("calendar.derivation.due");
	}
}
