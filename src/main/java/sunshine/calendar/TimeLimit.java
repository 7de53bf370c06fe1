package sunshine.calendar;

/**
 * A statutory period such as 20 working days (《政府信息公开条例》第三十三条) or 60 days
 * (《信访工作条例》第三十四条).
 */
public record TimeLimit(int amount, PeriodUnit unit) {

	public TimeLimit {
		if (amount < 1 || amount > 3660) {
			throw new IllegalArgumentException("A time limit is between 1 and 3660 days: " + amount);
		}
		if (unit == null) {
			throw new IllegalArgumentException("A time limit needs a unit");
		}
	}

	public static TimeLimit workingDays(int amount) {
		return new TimeLimit(amount, PeriodUnit.WORKING_DAYS);
	}

	public static TimeLimit calendarDays(int amount) {
		return new TimeLimit(amount, PeriodUnit.CALENDAR_DAYS);
	}
}
