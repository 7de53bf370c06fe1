package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The petition deadlines on the shipped holiday schedules. Each expected day was counted by hand:
 * the start day is not counted (民法典 第二百零一条), a calendar-day period ending on a day off moves to
 * the next working day (第二百零三条).
 */
class PetitionTimeLimitsTests {

	PetitionTimeLimits limits = PetitionTimeLimits.withLegalDefaults(CalendarFixture.shipped());

	@Test
	void decidesAcceptanceWithinFifteenCalendarDays() {
		// 2025-03-03 (Mon) + 15 days = 2025-03-18 (Tue), a working day.
		var due = limits.acceptance(LocalDate.of(2025, 3, 3));
		assertThat(due.due()).isEqualTo(LocalDate.of(2025, 3, 18));
		assertThat(due.basisKey()).isEqualTo("petitions.basis.acceptance.2022");
	}

	@Test
	void rollsTheSixtyDayPeriodOutOfTheMayDayHoliday() {
		// 2025-03-03 + 60 days = 2025-05-02, inside the May Day holiday (05-01..05-05) -> 2025-05-06 (Tue).
		var due = limits.completion(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 1), ReviewLevel.FIRST);
		assertThat(due.due()).isEqualTo(LocalDate.of(2025, 5, 6));
		assertThat(due.basisKey()).isEqualTo("petitions.basis.completion.2022");
	}

	@Test
	void movesASupervisionAnswerOutOfTheLongHolidays() {
		// 2020-01-14 + 10 = 01-24, in the Spring Festival holiday extended to 02-02 -> 2020-02-03 (Mon), + 20 days.
		assertThat(limits.supervisionAnswer(LocalDate.of(2020, 1, 14), 10).due()).isEqualTo(LocalDate.of(2020, 2, 3));
		// 2020-01-15 + 10 = 01-25 (Sat, in the same holiday) -> 2020-02-03, + 19 days.
		assertThat(limits.supervisionAnswer(LocalDate.of(2020, 1, 15), 10).due()).isEqualTo(LocalDate.of(2020, 2, 3));
		// 2026-02-05 + 10 = 02-15, first day of the Spring Festival holiday 02-15..02-23 -> 2026-02-24 (Tue), + 19.
		assertThat(limits.supervisionAnswer(LocalDate.of(2026, 2, 5), 10).due()).isEqualTo(LocalDate.of(2026, 2, 24));
		// 2026-02-04 + 10 = 02-14, a Saturday worked in exchange (调休上班) -> stays 2026-02-14.
		assertThat(limits.supervisionAnswer(LocalDate.of(2026, 2, 4), 10).due()).isEqualTo(LocalDate.of(2026, 2, 14));
	}

	@Test
	void extendsByThirtyDaysCountedFromTheOriginalEnd() {
		// 2025-05-02 (unrolled end) + 30 days = 2025-06-01 (Sun, Dragon Boat holiday 05-31..06-02) -> 2025-06-03.
		var due = limits.extendedCompletion(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 1), 30);
		assertThat(due.due()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(due.basisKey()).isEqualTo("petitions.basis.extension.2022");
	}

	@Test
	void refusesAnExtensionBeyondThirtyDays() {
		assertThatThrownBy(() -> limits.extendedCompletion(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 1), 31))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void givesAMessageBoardUnitFiveWorkingDaysAcrossNationalDay() {
		// Assigned Fri 2017-09-29: Sat 09-30 is a make-up working day (1), 10-01..10-08 off,
		// 10-09 (2), 10-10 (3), 10-11 (4), 10-12 (5).
		assertThat(limits.boardReport(LocalDate.of(2017, 9, 29)).due()).isEqualTo(LocalDate.of(2017, 10, 12));
	}

	@Test
	void letsTheCitizenAskForReviewWithinThirtyDaysOfTheReply() {
		// Reply 2025-04-20 + 30 days = 2025-05-20 (Tue).
		var due = limits.reviewRequestWindow(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 3, 1), ReviewLevel.FIRST);
		assertThat(due.due()).isEqualTo(LocalDate.of(2025, 5, 20));
		assertThat(due.basisKey()).isEqualTo("petitions.basis.reviewRequest.2022");
		assertThat(limits.reviewRequestWindow(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 3, 1), ReviewLevel.REVIEW)
				.basisKey()).isEqualTo("petitions.basis.reReviewRequest.2022");
	}

	@Test
	void decidesAReviewWithinThirtyDaysOfTheRequest() {
		// Request 2025-05-10 + 30 days = 2025-06-09 (Mon).
		var due = limits.completion(LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 10), ReviewLevel.REVIEW);
		assertThat(due.due()).isEqualTo(LocalDate.of(2025, 6, 9));
		assertThat(due.basisKey()).isEqualTo("petitions.basis.reviewDecision.2022");
	}

	@Test
	void citesThe2005RegulationsForMattersReceivedBeforeMayDay2022() {
		assertThat(limits.acceptance(LocalDate.of(2022, 4, 30)).basisKey())
				.isEqualTo("petitions.basis.acceptance.2005");
		assertThat(limits.acceptance(LocalDate.of(2022, 5, 1)).basisKey())
				.isEqualTo("petitions.basis.acceptance.2022");
		// 2017-03-01 (Wed) + 60 days = 2017-04-30 (Sun, inside 劳动节 04-29..05-01) -> 2017-05-02 (Tue).
		var due = limits.completion(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 2, 20), ReviewLevel.FIRST);
		assertThat(due.due()).isEqualTo(LocalDate.of(2017, 5, 2));
		assertThat(due.basisKey()).isEqualTo("petitions.basis.completion.2005");
	}

	@Test
	void leavesTheHearingDaysOutOfAReReview() {
		// Request 2025-05-10 + 30 days = 2025-06-09; the hearing day 2025-05-20 is not counted -> 2025-06-10 (Tue).
		var due = limits.reReviewDecisionWithHearings(LocalDate.of(2025, 5, 10), java.util.List.of(LocalDate.of(2025, 5, 20)));
		assertThat(due.due()).isEqualTo(LocalDate.of(2025, 6, 10));
		assertThat(due.basisKey()).isEqualTo("petitions.basis.reReviewDecision.2022");
	}
}
