package sunshine.requests;

import java.time.LocalDate;

import sunshine.calendar.WorkingCalendar;

/**
 * 收到申请之日 — 《政府信息公开条例》(2019) 第三十一条:
 * <ol>
 * <li>(一) 当面提交: the day the applicant hands it in;</li>
 * <li>(二) 邮寄 with signature: the day the agency signs for it (签收之日); 平常信函 and other mail
 * needing no signature: the day the disclosure office confirms receipt with the applicant on
 * receiving it;</li>
 * <li>(三) 互联网渠道 or the office's 传真: the day both sides confirm (双方确认之日).</li>
 * </ol>
 * For an online, e-mail or fax application the office confirms on a working day: one arriving on a
 * day off is confirmed — and so received — on the next working day. Staff may record a later actual
 * confirmation day; a confirmation can never precede the arrival.
 *
 * <p>Before the 2019 regulations (arrivals before 2019-05-15) the 2008 条例 said nothing, and
 * 国办公开办函〔2015〕207号 part 一 filled the gap: an e-mail to the published mailbox was received on
 * the day the mail system received it, whatever the day.
 */
public final class ReceiptDateRule {

	private ReceiptDateRule() {
	}

	/**
	 * @param channel how the application came
	 * @param arrivedOn the day it was handed in, arrived in the office or was submitted online
	 * @param confirmedOn the day the agency signed for the letter or confirmed with the applicant;
	 *        {@code null} when not recorded
	 */
	public static LocalDate receivedOn(IntakeChannel channel, LocalDate arrivedOn, LocalDate confirmedOn,
			WorkingCalendar calendar) {
		if (confirmedOn != null && confirmedOn.isBefore(arrivedOn)) {
			throw new IllegalArgumentException("A receipt is confirmed on or after the day the application arrived");
		}
		if (channel == IntakeChannel.EMAIL && arrivedOn.isBefore(Regime.EFFECTIVE_2019) && confirmedOn == null) {
			return arrivedOn;
		}
		return switch (channel) {
			case IN_PERSON -> arrivedOn;
			case REGISTERED_MAIL, ORDINARY_MAIL -> confirmedOn != null ? confirmedOn : arrivedOn;
			case ONLINE, FAX, EMAIL -> confirmedOn != null ? confirmedOn
					: calendar.isWorkingDay(arrivedOn) ? arrivedOn : calendar.nextWorkingDayAfter(arrivedOn);
		};
	}
}
