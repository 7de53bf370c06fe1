package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import sunshine.calendar.ClockPlan;

/** 《政府信息公开条例》第三十一条 per channel, and what a receipt on a holiday does to the due date. */
class ReceiptDateRuleTests {

	static final LocalDate FRI_NATIONAL_DAY = LocalDate.of(2025, 10, 3);

	@Test
	void receivesAnInPersonApplicationOnTheDayItIsHandedInEvenOnAHoliday() {
		assertThat(ReceiptDateRule.receivedOn(IntakeChannel.IN_PERSON, FRI_NATIONAL_DAY, null, ShippedCalendar.CALENDAR))
				.isEqualTo(FRI_NATIONAL_DAY);
		// counting from Oct 4: Oct 4–8 off, Oct 9 (1), 10 (2), Sat 11 worked (3), 13–17 (8), 20–24 (13), 27–31 (18), Nov 3–4 (20)
		assertThat(due(FRI_NATIONAL_DAY)).isEqualTo(LocalDate.of(2025, 11, 4));
	}

	@Test
	void confirmsAnOnlineApplicationFromAHolidayOnTheNextWorkingDay() {
		LocalDate received = ReceiptDateRule.receivedOn(IntakeChannel.ONLINE, FRI_NATIONAL_DAY, null, ShippedCalendar.CALENDAR);
		assertThat(received).isEqualTo(LocalDate.of(2025, 10, 9));
		// Oct 10 (1), Sat 11 worked (2), 13–17 (7), 20–24 (12), 27–31 (17), Nov 3–5 (20)
		assertThat(due(received)).isEqualTo(LocalDate.of(2025, 11, 5));
		assertThat(ReceiptDateRule.receivedOn(IntakeChannel.ONLINE, LocalDate.of(2025, 10, 9), null, ShippedCalendar.CALENDAR))
				.isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(ReceiptDateRule.receivedOn(IntakeChannel.EMAIL, LocalDate.of(2025, 3, 8), null, ShippedCalendar.CALENDAR))
				.as("a Saturday e-mail").isEqualTo(LocalDate.of(2025, 3, 10));
	}

	@Test
	void receivesALetterOnTheDayItIsSignedForOrConfirmed() {
		assertThat(ReceiptDateRule.receivedOn(IntakeChannel.REGISTERED_MAIL, LocalDate.of(2025, 3, 3),
				LocalDate.of(2025, 3, 4), ShippedCalendar.CALENDAR)).isEqualTo(LocalDate.of(2025, 3, 4));
		assertThat(ReceiptDateRule.receivedOn(IntakeChannel.ORDINARY_MAIL, LocalDate.of(2025, 3, 3),
				LocalDate.of(2025, 3, 6), ShippedCalendar.CALENDAR)).isEqualTo(LocalDate.of(2025, 3, 6));
		assertThat(ReceiptDateRule.receivedOn(IntakeChannel.FAX, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 5),
				ShippedCalendar.CALENDAR)).isEqualTo(LocalDate.of(2025, 3, 5));
	}

	@Test
	void neverConfirmsBeforeTheApplicationArrived() {
		assertThatThrownBy(() -> ReceiptDateRule.receivedOn(IntakeChannel.ORDINARY_MAIL, LocalDate.of(2025, 3, 6),
				LocalDate.of(2025, 3, 3), ShippedCalendar.CALENDAR)).isInstanceOf(IllegalArgumentException.class);
	}

	private static LocalDate due(LocalDate received) {
		return ShippedCalendar.CALENDAR.deadline(ClockPlan.startingOn(received, Regime.forReceipt(received).answerLimit())).due();
	}

	@Test
	void receivedAnEMailOnTheDayTheMailboxGotItUnderThe2015Interpretation() {
		// Saturday 2019-03-09: the 2008 regime took the mailbox's day; since 2019-05-15 both sides confirm on a working day
		assertThat(ReceiptDateRule.receivedOn(IntakeChannel.EMAIL, LocalDate.of(2019, 3, 9), null, ShippedCalendar.CALENDAR))
				.isEqualTo(LocalDate.of(2019, 3, 9));
		assertThat(ReceiptDateRule.receivedOn(IntakeChannel.EMAIL, LocalDate.of(2019, 6, 8), null, ShippedCalendar.CALENDAR))
				.as("Saturday 2019-06-08 → Monday 2019-06-10").isEqualTo(LocalDate.of(2019, 6, 10));
	}
}
