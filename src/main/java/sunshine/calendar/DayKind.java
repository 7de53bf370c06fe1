package sunshine.calendar;

/** How a notice marks a day that departs from the Monday-to-Friday rule. */
public enum DayKind {

	/** 放假: a day off under the notice (法定节假日, or a weekday bridged by 调休). */
	OFF,

	/** 调休上班: a Saturday or Sunday that is a working day. */
	WORKDAY
}
