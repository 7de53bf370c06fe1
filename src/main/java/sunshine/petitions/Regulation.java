package sunshine.petitions;

import java.time.LocalDate;

/**
 * The regulation a matter is governed by, decided by the day it was received: 《信访工作条例》
 * (中共中央、国务院 2022, in force from 2022-05-01) or, before that day, 《信访条例》(国务院令第431号, 2005).
 */
public enum Regulation {
	/** 《信访条例》(2005): matters received before 2022-05-01. */
	PETITION_REGULATIONS_2005,
	/** 《信访工作条例》(2022): matters received from 2022-05-01. */
	PETITION_WORK_REGULATIONS_2022;

	/** The day 《信访工作条例》 took effect. */
	public static final LocalDate EFFECTIVE_2022 = LocalDate.of(2022, 5, 1);

	public static Regulation forMatterReceivedOn(LocalDate received) {
		return received.isBefore(EFFECTIVE_2022) ? PETITION_REGULATIONS_2005 : PETITION_WORK_REGULATIONS_2022;
	}
}
