package sunshine.requests;

import java.time.LocalDate;

import sunshine.calendar.TimeLimit;

/**
 * Which regulations govern a request, decided by its receipt date alone.
 * <ul>
 * <li>{@link #REGULATIONS_2008}: 《政府信息公开条例》(国务院令第492号, 施行 2008-05-01) 第二十四条 —
 * answer within 15 working days, extension of at most 15 with the disclosure office head's consent;
 * no agency-set date, no processing fee (第二十七条 allowed cost fees only).</li>
 * <li>{@link #REGULATIONS_2019}: 《政府信息公开条例》(国务院令第711号, 施行 2019-05-15, 第五十六条) 第三十三条 —
 * 20 working days, extension of at most 20; 第三十条 补正 restart; 第三十五条 agency-set date.</li>
 * </ul>
 */
public enum Regime {

	/** 国务院令第492号 (2008): 15 + 15 working days. */
	REGULATIONS_2008("2008", 15, 15),

	/** 国务院令第711号 (2019): 20 + 20 working days. */
	REGULATIONS_2019("2019", 20, 20);

	/** The day the 2019 regulations took effect (第五十六条). */
	public static final LocalDate EFFECTIVE_2019 = LocalDate.of(2019, 5, 15);

	private final String era;
	private final int answerDays;
	private final int maxExtensionDays;

	Regime(String era, int answerDays, int maxExtensionDays) {
		this.era = era;
		this.answerDays = answerDays;
		this.maxExtensionDays = maxExtensionDays;
	}

	/** The regulations in force on the day the request was received (第三十一条). */
	public static Regime forReceipt(LocalDate receivedOn) {
		return receivedOn.isBefore(EFFECTIVE_2019) ? REGULATIONS_2008 : REGULATIONS_2019;
	}

	/** "2008" or "2019", as the reporting views name the era. */
	public String era() {
		return era;
	}

	/** 2008 第二十四条第二款: 15 working days; 2019 第三十三条第二款: 20 working days. */
	public TimeLimit answerLimit() {
		return TimeLimit.workingDays(answerDays);
	}

	/** The longest extension the regulations allow, in working days. */
	public int maxExtensionDays() {
		return maxExtensionDays;
	}

	/** Whether 第三十五条 (agency-set date for over-frequent requests) exists: 2019 only. */
	public boolean allowsAgencySetDate() {
		return this == REGULATIONS_2019;
	}
}
