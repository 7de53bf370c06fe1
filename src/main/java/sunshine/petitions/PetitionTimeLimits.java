package sunshine.petitions;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import sunshine.calendar.CalendarManagement;
import sunshine.calendar.ClockPlan;
import sunshine.calendar.TimeLimit;

/**
 * Every time limit of the petition workflow, in one place. Periods of the 信访 texts are written in
 * 日 and counted as calendar days; the day a period starts is not counted (民法典 第二百零一条) and a
 * last day that is not a working day rolls to the next working day (民法典 第二百零三条) — both done
 * by {@link CalendarManagement#deadline(ClockPlan)}. The amounts are settings
 * ({@code sunshine.petitions.*}) with the legal values as defaults:
 * <ul>
 * <li>acceptance decided within 15 days of receipt — 《信访工作条例》第二十二条 (forwarding/assigning by
 * the 信访部门) and the 15-day acceptance notice; 《信访条例》(2005) 第二十一条、第二十二条;</li>
 * <li>handled within 60 days of acceptance, at most 30 more days with the approval of the head of the
 * body — 《信访工作条例》第三十四条; 《信访条例》(2005) 第三十三条;</li>
 * <li>复查 asked within 30 days of receiving the written reply, decided within 30 days —
 * 《信访工作条例》第三十五条; 《信访条例》(2005) 第三十四条;</li>
 * <li>复核 asked within 30 days of receiving the 复查 opinion, decided within 30 days (hearing time not
 * counted) — 《信访工作条例》第三十六条; 《信访条例》(2005) 第三十五条;</li>
 * <li>message-board items: the responsible unit reports within 5 working days of assignment — the seed
 * agency's own rule for the 人民网地方领导留言板 (no national deadline exists);</li>
 * <li>the citizen rates the reply within 30 days of it (网上评; a local practice, configurable).</li>
 * </ul>
 */
@Component
public class PetitionTimeLimits {

	private final CalendarManagement calendar;
	private final int acceptanceDays;
	private final int handlingDays;
	private final int maxExtensionDays;
	private final int reviewRequestDays;
	private final int reviewDecisionDays;
	private final int boardWorkingDays;
	private final int ratingWindowDays;
	private final int dueSoonDays;

	PetitionTimeLimits(CalendarManagement calendar,
			@Value("${sunshine.petitions.acceptance-days:15}") int acceptanceDays,
			@Value("${sunshine.petitions.handling-days:60}") int handlingDays,
			@Value("${sunshine.petitions.max-extension-days:30}") int maxExtensionDays,
			@Value("${sunshine.petitions.review-request-days:30}") int reviewRequestDays,
			@Value("${sunshine.petitions.review-decision-days:30}") int reviewDecisionDays,
			@Value("${sunshine.petitions.board-working-days:5}") int boardWorkingDays,
			@Value("${sunshine.petitions.rating-window-days:30}") int ratingWindowDays,
			@Value("${sunshine.petitions.due-soon-days:3}") int dueSoonDays) {
		this.calendar = calendar;
		this.acceptanceDays = acceptanceDays;
		this.handlingDays = handlingDays;
		this.maxExtensionDays = maxExtensionDays;
		this.reviewRequestDays = reviewRequestDays;
		this.reviewDecisionDays = reviewDecisionDays;
		this.boardWorkingDays = boardWorkingDays;
		this.ratingWindowDays = ratingWindowDays;
		this.dueSoonDays = dueSoonDays;
	}

	/** The defaults of the law, for unit tests. */
	public static PetitionTimeLimits withLegalDefaults(CalendarManagement calendar) {
		return new PetitionTimeLimits(calendar, 15, 60, 30, 30, 30, 5, 30, 3);
	}

	/** 受理告知: whether the matter is accepted is decided within 15 days of receipt. */
	public LegalDeadline acceptance(LocalDate received) {
		return calendarDays(received, acceptanceDays, received, "acceptance");
	}

	/** 办结: 60 days from acceptance (or the review-decision period for 复查/复核). */
	public LegalDeadline completion(LocalDate accepted, LocalDate received, ReviewLevel level) {
		return switch (level) {
			case FIRST -> calendarDays(accepted, handlingDays, received, "completion");
			case REVIEW -> calendarDays(received, reviewDecisionDays, received, "reviewDecision");
			case RE_REVIEW -> calendarDays(received, reviewDecisionDays, received, "reReviewDecision");
		};
	}

	/**
	 * 复核 decided within 30 days of the request, the days of hearings not counted (《信访工作条例》
	 * 第三十六条; 《信访条例》2005 第三十五条).
	 */
	public LegalDeadline reReviewDecisionWithHearings(LocalDate received, java.util.Collection<LocalDate> hearingDays) {
		var plan = ClockPlan.startingOn(received, TimeLimit.calendarDays(reviewDecisionDays));
		for (LocalDate day : hearingDays) {
			plan = plan.pausedBetween(day, day, "听证");
		}
		var deadline = calendar.deadline(plan);
		return new LegalDeadline(deadline.due(), deadline, basisKey("reReviewDecision", received));
	}

	/** 办结 after an approved extension of {@code days} (at most 30, 第三十四条). */
	public LegalDeadline extendedCompletion(LocalDate accepted, LocalDate received, int days) {
		if (days < 1 || days > maxExtensionDays) {
			throw new IllegalArgumentException("An extension is between 1 and " + maxExtensionDays + " days");
		}
		var plan = ClockPlan.startingOn(accepted, TimeLimit.calendarDays(handlingDays))
				.extendedBy(TimeLimit.calendarDays(days), "延期");
		var deadline = calendar.deadline(plan);
		return new LegalDeadline(deadline.due(), deadline, basisKey("extension", received));
	}

	/** 领导留言板: the responsible unit reports within 5 working days of the assignment. */
	public LegalDeadline boardReport(LocalDate assigned) {
		var deadline = calendar.deadline(ClockPlan.startingOn(assigned, TimeLimit.workingDays(boardWorkingDays)));
		return new LegalDeadline(deadline.due(), deadline, "petitions.basis.board");
	}

	/** The last day on which the citizen may ask for the next level (复查 or 复核) after a reply of {@code level}. */
	public LegalDeadline reviewRequestWindow(LocalDate replied, LocalDate received, ReviewLevel level) {
		String rule = level == ReviewLevel.FIRST ? "reviewRequest" : "reReviewRequest";
		return calendarDays(replied, reviewRequestDays, received, rule);
	}

	/** The last day on which the citizen may rate the reply. */
	public LegalDeadline ratingWindow(LocalDate replied) {
		var deadline = calendar.deadline(ClockPlan.startingOn(replied, TimeLimit.calendarDays(ratingWindowDays)));
		return new LegalDeadline(deadline.due(), deadline, "petitions.basis.rating");
	}

	/** The answer to a supervision order (督办), by default 30 days (《信访条例》2005 第三十六条). */
	public LegalDeadline supervisionAnswer(LocalDate issued, int days) {
		var deadline = calendar.deadline(ClockPlan.startingOn(issued, TimeLimit.calendarDays(days)));
		return new LegalDeadline(deadline.due(), deadline, "petitions.basis.supervision");
	}

	public int maxExtensionDays() {
		return maxExtensionDays;
	}

	public int dueSoonDays() {
		return dueSoonDays;
	}

	private LegalDeadline calendarDays(LocalDate start, int days, LocalDate received, String rule) {
		var deadline = calendar.deadline(ClockPlan.startingOn(start, TimeLimit.calendarDays(days)));
		return new LegalDeadline(deadline.due(), deadline, basisKey(rule, received));
	}

	private static String basisKey(String rule, LocalDate received) {
		return "petitions.basis." + rule + "."
				+ (Regulation.forMatterReceivedOn(received) == Regulation.PETITION_REGULATIONS_2005 ? "2005" : "2022");
	}
}
