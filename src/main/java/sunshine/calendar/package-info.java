/**
 * The legal calendar (工作日历): which days are working days on the Chinese calendar, and the
 * statutory clocks counted on it.
 *
 * <p>A {@link sunshine.calendar.WorkingCalendar} is an immutable snapshot of the State Council's
 * holiday notices (法定节假日 and 调休 make-up working days) for the years loaded. A
 * {@link sunshine.calendar.ClockPlan} describes a period — its start, its {@link sunshine.calendar.TimeLimit},
 * pauses, a restart, an extension — and {@link sunshine.calendar.WorkingCalendar#deadline} turns it
 * into a {@link sunshine.calendar.Deadline} that explains itself step by step.
 *
 * <p>Rules encoded here, each where it lives: the day a period starts is not counted
 * (《中华人民共和国民法典》第二百零一条); a period counted in calendar days whose last day is not a
 * working day ends on the next working day (第二百零三条).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar 工作日历", allowedDependencies = "shared")
package sunshine.calendar;
