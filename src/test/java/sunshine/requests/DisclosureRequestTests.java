package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import sunshine.requests.DisclosureRequest.Action;

/**
 * Each transition of {@link DisclosureRequest} and each rule of its clock, on the shipped holiday
 * schedules. Expected dates were counted by hand on the calendar ("(n)" = n-th working day; the
 * receipt day is never counted). March 2025 has no holiday; 清明 2025 = Apr 4–6; 劳动节 2025 = May 1–5
 * with Sunday Apr 27 worked; 国庆中秋 2025 = Oct 1–8 with Saturday Oct 11 worked; 清明 2019 = Apr 5.
 */
class DisclosureRequestTests {

	static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");
	static final LocalDate MON_2025_03_03 = LocalDate.of(2025, 3, 3);

	static DisclosureRequest received(LocalDate on, DueDates dueDates) {
		var applicant = new Applicant(ApplicantType.NATURAL_PERSON, "张三", "居民身份证", "640102198001011230", null, null,
				"13895000000", "银川市解放西街1号", null);
		return new DisclosureRequest(1L, "640000-xfj", "GK-TEST-" + on, "hash", IntakeChannel.IN_PERSON, on, on, applicant,
				"2024年信访事项办理情况统计", null, Delivery.PAPER, NOW, "registrar", dueDates);
	}

	static DisclosureRequest received(LocalDate on) {
		return received(on, ShippedCalendar.dueDates(on));
	}

	@Test
	void answersWithinTwentyWorkingDaysUnderThe2019Regulations() {
		// Mar 4–7 (4), 10–14 (9), 17–21 (14), 24–28 (19), Mon Mar 31 (20)
		var request = received(MON_2025_03_03);
		assertThat(request.getRegime()).isEqualTo(Regime.REGULATIONS_2019);
		assertThat(request.getDueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.RECEIVED);
		assertThat(request.getTimeline()).extracting(TimelineStep::getStep).containsExactly("received");
		assertThat(request.getDueDerivation()).isEmpty();
	}

	@Test
	void followsThe2008RegulationsForRequestsReceivedBeforeMay15th2019() {
		// 2019-03-04: Mar 5–8 (4), 11–15 (9), 18–22 (14), Mon Mar 25 (15)
		var old = received(LocalDate.of(2019, 3, 4));
		assertThat(old.getRegime()).isEqualTo(Regime.REGULATIONS_2008);
		assertThat(old.getDueOn()).isEqualTo(LocalDate.of(2019, 3, 25));
		assertThat(Regime.forReceipt(LocalDate.of(2019, 5, 14))).isEqualTo(Regime.REGULATIONS_2008);
		assertThat(Regime.forReceipt(LocalDate.of(2019, 5, 15))).isEqualTo(Regime.REGULATIONS_2019);
	}

	@Test
	void extendsA2008RequestByAtMostFifteenWorkingDays() {
		var old = received(LocalDate.of(2019, 3, 4));
		var dueDates = ShippedCalendar.dueDates(LocalDate.of(2019, 3, 20));
		assertThatThrownBy(() -> old.extend(16, "刘志强", "需要检索", LocalDate.of(2019, 3, 20), NOW, "handler", dueDates))
				.hasMessage("requests.error.extensionDays");
		// from Mar 25: Mar 26–29 (4), Apr 1–4 (8), Apr 5 清明 off, Apr 8–12 (13), Apr 15–16 (15)
		old.extend(15, "刘志强", "需要检索", LocalDate.of(2019, 3, 20), NOW, "handler", dueDates);
		assertThat(old.getDueOn()).isEqualTo(LocalDate.of(2019, 4, 16));
	}

	@Test
	void extendsOnceOnlyWithTheApproverRecorded() {
		var request = received(MON_2025_03_03);
		var dueDates = ShippedCalendar.dueDates(LocalDate.of(2025, 3, 25));
		assertThatThrownBy(() -> request.extend(20, " ", "复杂", LocalDate.of(2025, 3, 25), NOW, "handler", dueDates))
				.hasMessage("requests.error.approverMissing");
		assertThatThrownBy(() -> request.extend(21, "刘志强", "复杂", LocalDate.of(2025, 3, 25), NOW, "handler", dueDates))
				.hasMessage("requests.error.extensionDays");
		// from Mar 31: Apr 1–3 (3), 清明 Apr 4–6, Apr 7–11 (8), 14–18 (13), 21–25 (18), Sun Apr 27 worked (19), Apr 28 (20)
		request.extend(20, "刘志强", "涉及多个处室，需要汇总", LocalDate.of(2025, 3, 25), NOW, "handler", dueDates);
		assertThat(request.getDueOn()).isEqualTo(LocalDate.of(2025, 4, 28));
		assertThat(request.getExtensionApprovedBy()).isEqualTo("刘志强");
		assertThatThrownBy(() -> request.extend(5, "刘志强", "再延", LocalDate.of(2025, 3, 26), NOW, "handler", dueDates))
				.isInstanceOf(sunshine.shared.workflow.IllegalTransition.class).hasMessage("requests.error.extendedOnce");
		assertThat(request.allowedActions()).doesNotContain(Action.EXTEND);
	}

	@Test
	void refusesAnExtensionAfterThePeriodRanOut() {
		var request = received(MON_2025_03_03);
		assertThatThrownBy(() -> request.extend(10, "刘志强", "迟了", LocalDate.of(2025, 4, 1), NOW, "handler",
				ShippedCalendar.dueDates(LocalDate.of(2025, 4, 1)))).hasMessage("requests.error.extensionAfterDue");
	}

	@Test
	void restartsTheClockWhenTheCorrectionArrives() {
		var request = received(MON_2025_03_03);
		// the notice is due within 7 working days: Mar 4–7 (4), Mar 10–12 (7)
		LocalDate noticeDeadline = ShippedCalendar.CALENDAR.deadline(AnswerClock.correctionNoticePlan(MON_2025_03_03)).due();
		assertThat(noticeDeadline).isEqualTo(LocalDate.of(2025, 3, 12));
		request.requestCorrection(LocalDate.of(2025, 3, 5), noticeDeadline, "请说明所需信息的年份", LocalDate.of(2025, 3, 19),
				NOW, "handler");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.CORRECTION_REQUESTED);
		assertThat(request.allowedActions()).containsExactlyInAnyOrder(Action.SUPPLEMENT, Action.ABANDON, Action.WITHDRAW);
		// supplement Thu Mar 20: Mar 21 (1), 24–28 (6), Mar 31–Apr 3 (10), 清明, Apr 7–11 (15), Apr 14–18 (20)
		request.supplement(LocalDate.of(2025, 3, 20), NOW, "handler", ShippedCalendar.dueDates(LocalDate.of(2025, 3, 20)));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(request.getDueOn()).isEqualTo(LocalDate.of(2025, 4, 18));
	}

	@Test
	void requestsACorrectionOnceAndOnlyWithinSevenWorkingDays() {
		var late = received(MON_2025_03_03);
		assertThatThrownBy(() -> late.requestCorrection(LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 12), "年份",
				LocalDate.of(2025, 3, 27), NOW, "handler")).hasMessage("requests.error.correctionLate");
		var request = received(MON_2025_03_03);
		request.requestCorrection(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 12), "年份", LocalDate.of(2025, 3, 19),
				NOW, "handler");
		assertThatThrownBy(() -> request.requestCorrection(LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 12), "再补",
				LocalDate.of(2025, 3, 20), NOW, "handler")).isInstanceOf(sunshine.shared.workflow.IllegalTransition.class);
	}

	@Test
	void treatsAnUncorrectedRequestAsAbandonedOnlyAfterTheCorrectionPeriod() {
		var request = received(MON_2025_03_03);
		request.requestCorrection(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 12), "年份", LocalDate.of(2025, 3, 19),
				NOW, "handler");
		assertThatThrownBy(() -> request.abandon(LocalDate.of(2025, 3, 19), NOW, "handler"))
				.hasMessage("requests.error.supplementPeriodRunning");
		request.abandon(LocalDate.of(2025, 3, 20), NOW, "handler");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.CONCLUDED);
		assertThat(request.getOutcome()).isEqualTo(Outcome.R6_1);
		assertThat(request.getConcludedOn()).isEqualTo(LocalDate.of(2025, 3, 20));
	}

	@Test
	void doesNotCountTheDaysOfAConsultation() {
		var request = received(MON_2025_03_03);
		request.accept(MON_2025_03_03, NOW, "handler");
		request.startConsultation(PauseKind.THIRD_PARTY, "宁夏某某有限公司", LocalDate.of(2025, 3, 10), NOW, "handler",
				ShippedCalendar.dueDates(LocalDate.of(2025, 3, 10)));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_CONSULTATION);
		assertThat(request.allowedActions()).contains(Action.END_CONSULTATION).doesNotContain(Action.ANSWER);
		// Mar 10–14 not counted (5 working days): Mar 31 + Apr 1–3 (3), 清明, Apr 7–8 (5)
		request.endConsultation(LocalDate.of(2025, 3, 14), NOW, "handler", ShippedCalendar.dueDates(LocalDate.of(2025, 3, 14)));
		assertThat(request.getDueOn()).isEqualTo(LocalDate.of(2025, 4, 8));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
	}

	@Test
	void letsTheAgencySetALaterDateForOverFrequentRequestsUnderThe2019RegulationsOnly() {
		var request = received(MON_2025_03_03);
		var dueDates = ShippedCalendar.dueDates(MON_2025_03_03);
		assertThatThrownBy(() -> request.setAgencyDate(LocalDate.of(2025, 3, 28), "频次过高", MON_2025_03_03, NOW, "handler",
				dueDates)).hasMessage("requests.error.agencyDateEarlier");
		request.setAgencyDate(LocalDate.of(2025, 5, 30), "同一申请人本月申请45件", MON_2025_03_03, NOW, "handler", dueDates);
		assertThat(request.getDueOn()).isEqualTo(LocalDate.of(2025, 5, 30));
		var old = received(LocalDate.of(2019, 3, 4));
		assertThatThrownBy(() -> old.setAgencyDate(LocalDate.of(2019, 6, 30), "频次", LocalDate.of(2019, 3, 4), NOW,
				"handler", dueDates)).hasMessage("requests.error.agencyDate2008");
	}

	@Test
	void answersWithAnOutcomeAndIsThenFiled() {
		var request = received(MON_2025_03_03);
		request.accept(MON_2025_03_03, NOW, "handler");
		assertThatThrownBy(() -> request.draftAnswer(Outcome.R6_1, "", LocalDate.of(2025, 3, 20), NOW, "handler"))
				.hasMessage("requests.error.outcomeNotByAnswer");
		assertThatThrownBy(() -> request.draftAnswer(Outcome.R4_3, "", LocalDate.of(2025, 3, 20), NOW, "handler"))
				.hasMessage("requests.error.r43NeedsSupplement");
		assertThatThrownBy(() -> request.close(LocalDate.of(2025, 3, 20), NOW, "handler"))
				.hasMessage("requests.error.state");
		assertThatThrownBy(() -> request.answer(LocalDate.of(2025, 3, 20), NOW, "leader"))
				.as("nothing to sign before a draft was approved").hasMessage("requests.error.state");
		request.draftAnswer(Outcome.R1, "见附件", LocalDate.of(2025, 3, 18), NOW, "handler");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.ANSWER_DRAFTED);
		assertThat(request.allowedActions()).containsExactlyInAnyOrder(Action.APPROVE_ANSWER, Action.RETURN_ANSWER,
				Action.WITHDRAW);
		request.returnAnswer("请补充附件清单", LocalDate.of(2025, 3, 18), NOW, "reviewer");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
		request.draftAnswer(Outcome.R1, "见附件：清单一份", LocalDate.of(2025, 3, 19), NOW, "handler");
		request.approveAnswer(LocalDate.of(2025, 3, 19), NOW, "reviewer");
		assertThat(request.allowedActions()).containsExactlyInAnyOrder(Action.ANSWER, Action.RETURN_ANSWER, Action.WITHDRAW);
		request.answer(LocalDate.of(2025, 3, 20), NOW, "leader");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.CONCLUDED);
		assertThat(request.getOutcome()).isEqualTo(Outcome.R1);
		assertThat(request.getAnswerText()).isEqualTo("见附件：清单一份");
		assertThat(request.isLate()).isFalse();
		assertThat(request.allowedActions()).containsExactly(Action.CLOSE);
		request.close(LocalDate.of(2025, 3, 21), NOW, "handler");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.CLOSED);
		assertThat(request.allowedActions()).isEmpty();
		assertThat(request.getTimeline()).extracting(TimelineStep::getStep)
				.containsExactly("received", "accepted", "answerDrafted", "answerReturned", "answerDrafted", "answerApproved",
						"answered", "closed");
		assertThat(request.registeredEvents()).hasSize(8).allMatch(e -> e instanceof RequestEvents.RequestEvent);
	}

	@Test
	void marksAnAnswerAfterTheDueDateAsLate() {
		var request = received(MON_2025_03_03);
		request.draftAnswer(Outcome.R4_1, null, LocalDate.of(2025, 3, 28), NOW, "handler");
		request.approveAnswer(LocalDate.of(2025, 3, 28), NOW, "reviewer");
		request.answer(LocalDate.of(2025, 4, 1), NOW, "leader");
		assertThat(request.isLate()).isTrue();
	}

	@Test
	void endsWithOutcomeSixTwoWhenTheFeeIsNotPaidInTime() {
		var request = received(MON_2025_03_03);
		request.accept(MON_2025_03_03, NOW, "handler");
		request.notifyFee(ProcessingFee.Method.PER_PAGE, 4700, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 8), NOW,
				"handler", ShippedCalendar.dueDates(LocalDate.of(2025, 3, 10)));
		assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_PAYMENT);
		assertThatThrownBy(() -> request.lapseFee(LocalDate.of(2025, 4, 8), NOW, "handler"))
				.hasMessage("requests.error.paymentPeriodRunning");
		request.lapseFee(LocalDate.of(2025, 4, 9), NOW, "handler");
		assertThat(request.getOutcome()).isEqualTo(Outcome.R6_2);
	}

	@Test
	void pausesTheClockWhileTheApplicantMayPay() {
		var request = received(MON_2025_03_03);
		request.notifyFee(ProcessingFee.Method.PER_REQUEST, 100, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 8), NOW,
				"handler", ShippedCalendar.dueDates(LocalDate.of(2025, 3, 10)));
		// paid Fri Mar 14: Mar 10–14 not counted, as for a consultation → Apr 8
		request.recordPayment(LocalDate.of(2025, 3, 14), NOW, "handler", ShippedCalendar.dueDates(LocalDate.of(2025, 3, 14)));
		assertThat(request.getDueOn()).isEqualTo(LocalDate.of(2025, 4, 8));
		assertThat(request.getFeePaidOn()).isEqualTo(LocalDate.of(2025, 3, 14));
	}

	@Test
	void chargesNoFeeBeforeTheFeeRulesTookEffect() {
		var request = received(LocalDate.of(2020, 6, 1));
		assertThatThrownBy(() -> request.notifyFee(ProcessingFee.Method.PER_REQUEST, 100, LocalDate.of(2020, 6, 2),
				LocalDate.of(2020, 7, 1), NOW, "handler", ShippedCalendar.dueDates(LocalDate.of(2020, 6, 2))))
				.hasMessage("requests.error.feeNotInForce");
		assertThat(request.allowedActions()).doesNotContain(Action.NOTIFY_FEE);
	}

	@Test
	void countsAWithdrawalAsOtherHandling() {
		var request = received(MON_2025_03_03);
		request.withdraw(LocalDate.of(2025, 3, 7), "申请人电话撤回", NOW, "handler");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
		assertThat(request.getOutcome()).isEqualTo(Outcome.R6_3);
		assertThatThrownBy(() -> request.withdraw(LocalDate.of(2025, 3, 8), "", NOW, "handler"))
				.hasMessage("requests.error.notOpen");
	}

	@Test
	void recomputesTheDueDateWhenTheCalendarChanges() {
		var request = received(MON_2025_03_03);
		// a calendar where Mon Mar 10 is a day off moves the due date one working day, to Tue Apr 1
		DueDates shifted = r -> new sunshine.calendar.WorkingCalendar(
				java.util.List.of(new sunshine.calendar.CalendarMark(LocalDate.of(2025, 3, 10), sunshine.calendar.DayKind.OFF, "测试")),
				java.util.List.of(2025)).deadline(AnswerClock.plan(r, MON_2025_03_03));
		assertThat(request.recompute(MON_2025_03_03, NOW, shifted)).isTrue();
		assertThat(request.getDueOn()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(request.recompute(MON_2025_03_03, NOW, shifted)).isFalse();
	}

	@Test
	void refusesStepsDatedBeforeTheReceipt() {
		var request = received(MON_2025_03_03);
		assertThatThrownBy(() -> request.accept(LocalDate.of(2025, 3, 1), NOW, "handler"))
				.hasMessage("requests.error.beforeReceipt");
		assertThatThrownBy(() -> request.startConsultation(PauseKind.OTHER_AGENCY, "自治区公安厅", LocalDate.of(2025, 2, 28), NOW,
				"handler", ShippedCalendar.dueDates(MON_2025_03_03))).hasMessage("requests.error.beforeReceipt");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.RECEIVED);
	}
}
