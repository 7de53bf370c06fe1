package sunshine.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import sunshine.calendar.ClockPlan;
import sunshine.calendar.Deadline;
import sunshine.calendar.DerivationStep;
import sunshine.calendar.TimeLimit;

/**
 * The answer period of a request, as 《政府信息公开条例》 shapes it:
 * <ul>
 * <li>starts on the receipt day (第三十一条), which is not counted; 20 working days (2019, 第三十三条第二款)
 * or 15 (2008, 第二十四条) — see {@link Regime};</li>
 * <li>补正 (第三十条): the period is computed afresh from the day the supplemented application is
 * received ("答复期限自行政机关收到补正的申请之日起计算"); the 补正 notice itself is due within 7 working
 * days of receipt ({@link #correctionNoticePlan});</li>
 * <li>consultation of a third party (第三十二条) or another agency (第三十四条) is not counted
 * (第三十三条第三款); nor — by the provincial implementing rules of 国办函〔2020〕109号 — the fee payment
 * window; an ongoing pause runs at least to today;</li>
 * <li>one extension of at most 20 (2008: 15) working days with the office head's consent (第三十三条第二款);</li>
 * <li>for over-frequent requests the agency may fix a reasonable later date (第三十五条), which then
 * replaces the computed one.</li>
 * </ul>
 */
public final class AnswerClock {

	/** 第三十条: the 补正 notice goes out within 7 working days of receipt. */
	public static final int CORRECTION_NOTICE_WORKING_DAYS = 7;

	/** 第三十二条、第三十四条: the consulted party answers within 15 working days. */
	public static final int CONSULTATION_WORKING_DAYS = 15;

	private AnswerClock() {
	}

	/** The plan of the answer period from the request's facts, as of {@code today}. */
	public static ClockPlan plan(DisclosureRequest request, LocalDate today) {
		Regime regime = request.getRegime();
		ClockPlan plan = ClockPlan.startingOn(request.getReceivedOn(), regime.answerLimit());
		if (request.getSupplementReceivedOn() != null) {
			plan = plan.restartedOn(request.getSupplementReceivedOn(), "补正后的申请收到（第三十条）");
		}
		for (ClockStop stop : request.getClockStops()) {
			LocalDate last = stop.getLastDay() != null ? stop.getLastDay()
					: (today.isAfter(stop.getFirstDay()) ? today : stop.getFirstDay());
			plan = plan.pausedBetween(stop.getFirstDay(), last, pauseReason(stop));
		}
		if (request.getExtensionDays() != null) {
			plan = plan.extendedBy(TimeLimit.workingDays(request.getExtensionDays()),
					"延期答复，经" + request.getExtensionApprovedBy() + "同意（"
							+ (regime == Regime.REGULATIONS_2008 ? "2008年条例第二十四条" : "第三十三条第二款") + "）");
		}
		return plan;
	}

	private static String pauseReason(ClockStop stop) {
		return switch (stop.getKind()) {
			case THIRD_PARTY -> "征求第三方意见（第三十二条）" + party(stop);
			case OTHER_AGENCY -> "征求其他机关意见（第三十四条）" + party(stop);
			case FEE_PAYMENT -> "缴纳信息处理费期间（国办函〔2020〕109号）";
		};
	}

	private static String party(ClockStop stop) {
		return stop.getParty() == null || stop.getParty().isBlank() ? "" : "：" + stop.getParty();
	}

	/**
	 * The computed deadline, or — where the agency fixed a later date under 第三十五条 — that date,
	 * with the computed derivation kept and one line saying what replaced it.
	 */
	public static Deadline withAgencyDate(Deadline computed, LocalDate agencySetDate) {
		if (agencySetDate == null) {
			return computed;
		}
		List<DerivationStep> steps = new ArrayList<>(computed.derivation());
		steps.add(new DerivationStep("requests.derivation.agencySet", agencySetDate));
		return new Deadline(agencySetDate, computed.calendarComplete(), computed.unloadedYears(), steps);
	}

	/** 第三十条: the period within which the 补正 notice must go out. */
	public static ClockPlan correctionNoticePlan(LocalDate receivedOn) {
		return ClockPlan.startingOn(receivedOn, TimeLimit.workingDays(CORRECTION_NOTICE_WORKING_DAYS));
	}

	/** The applicant's payment window: 20 working days from the day after receiving the fee notice. */
	public static ClockPlan paymentPlan(LocalDate noticeReceivedOn) {
		return ClockPlan.startingOn(noticeReceivedOn, TimeLimit.workingDays(ProcessingFee.PAYMENT_WORKING_DAYS));
	}

	/** 第三十二条 / 第三十四条: the consulted party's 15 working days. */
	public static ClockPlan consultationPlan(LocalDate sentOn) {
		return ClockPlan.startingOn(sentOn, TimeLimit.workingDays(CONSULTATION_WORKING_DAYS));
	}
}
