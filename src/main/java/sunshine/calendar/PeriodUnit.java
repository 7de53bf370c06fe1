package sunshine.calendar;

/** How the days of a statutory period are counted. */
public enum PeriodUnit {

	/** 工作日: Monday to Friday, less official days off, plus the weekend make-up working days (调休上班). */
	WORKING_DAYS,

	/** 日: every calendar day; a last day that is not a working day rolls forward (民法典 第二百零三条). */
	CALENDAR_DAYS
}
