package sunshine.petitions;

import sunshine.shared.workflow.IllegalTransition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import sunshine.petitions.Petition.Action;

/** The seven steps of a petition as guarded transitions, the legal ones and the illegal ones. */
class PetitionTests {

	PetitionTimeLimits limits = PetitionTimeLimits.withLegalDefaults(CalendarFixture.shipped());
	Instant now = Instant.parse("2025-03-03T02:00:00Z");

	Petition petition(Channel channel, LocalDate received) {
		return Petition.register(1L, "XF-2025-TEST0001", "hash", channel, "URBAN", "小区供暖不达标", "内容", new Petitioner(
				"马小明", "640104198001010012", "13995123456", "银川市兴庆区解放西街1号"), 1, received, now, "citizen",
				ReviewLevel.FIRST, null, limits);
	}

	@Test
	void goesThroughTheSevenStepsInOrder() {
		Petition p = petition(Channel.ONLINE_COMPLAINT, LocalDate.of(2025, 3, 3));
		assertThat(p.getStatus()).isEqualTo(PetitionStatus.REGISTERED);
		assertThat(p.getDueOn()).isEqualTo(LocalDate.of(2025, 3, 18));
		assertThat(p.allowedActions()).contains(Action.ACCEPT, Action.REJECT, Action.TRANSFER)
				.doesNotContain(Action.CLAIM, Action.SIGN);

		p.accept(LocalDate.of(2025, 3, 3), now, "registrar", limits);
		assertThat(p.getCompletionDue()).isEqualTo(LocalDate.of(2025, 5, 6));
		p.assign(7L, "自治区住房和城乡建设厅", LocalDate.of(2025, 3, 4), now, "registrar", limits);
		assertThat(p.getStatus().step()).isEqualTo(Step.CLAIM_AND_NOTIFY);
		p.claim(now, "handler");
		assertThat(p.getStatus().step()).isEqualTo(Step.HANDLE);
		p.submitDraft("经核查，已责成供热企业整改。", now, "handler");
		p.approve(now, "reviewer");
		assertThat(p.getStatus()).isEqualTo(PetitionStatus.AWAITING_SIGNATURE);
		p.sign(now, "leader");
		p.reply(LocalDate.of(2025, 4, 20), now, "registrar");
		assertThat(p.getStatus().step()).isEqualTo(Step.REPLY);
		assertThat(p.getReply()).isEqualTo("经核查，已责成供热企业整改。");
		assertThat(p.getAnsweredOnTime()).isTrue();
		p.analyse("2025年4月信访形势分析", now, "registrar");
		p.archive(LocalDate.of(2025, 6, 1), now, "registrar");
		assertThat(p.getStatus()).isEqualTo(PetitionStatus.ARCHIVED);
		assertThat(p.allowedActions()).isEmpty();
		assertThat(p.getHistory()).extracting(HistoryEntry::getAction).containsExactly("register", "accept", "assign",
				"claim", "submitDraft", "approve", "sign", "reply", "analyse", "archive");
		assertThat(p.getHistory()).extracting(HistoryEntry::getStep).containsExactly(Step.REGISTER_AND_ASSIGN,
				Step.REGISTER_AND_ASSIGN, Step.CLAIM_AND_NOTIFY, Step.HANDLE, Step.REVIEW_AND_SIGN,
				Step.REVIEW_AND_SIGN, Step.REVIEW_AND_SIGN, Step.REPLY, Step.ANALYSE, Step.ARCHIVE);
		assertThat(p.pendingEvents()).hasSize(10).allMatch(e -> e instanceof PetitionEvents.PetitionEvent);
	}

	@Test
	void refusesToSkipASteps() {
		Petition p = petition(Channel.ONLINE_COMPLAINT, LocalDate.of(2025, 3, 3));
		assertThatThrownBy(() -> p.claim(now, "handler")).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> p.sign(now, "leader")).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> p.reply(LocalDate.of(2025, 3, 4), now, "registrar"))
				.isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> p.archive(LocalDate.of(2025, 3, 4), now, "registrar"))
				.isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> p.assign(7L, "单位", LocalDate.of(2025, 3, 4), now, "registrar", limits))
				.as("assignment needs acceptance first").isInstanceOf(IllegalTransition.class);
		assertThat(p.getStatus()).isEqualTo(PetitionStatus.REGISTERED);
		assertThat(p.getHistory()).hasSize(1);
	}

	@Test
	void refusesWithAReasonAndCanThenOnlyBeArchived() {
		Petition p = petition(Channel.LETTER, LocalDate.of(2025, 3, 3));
		assertThatThrownBy(() -> p.reject(" ", LocalDate.of(2025, 3, 5), now, "registrar"))
				.isInstanceOf(IllegalArgumentException.class);
		p.reject("属于诉讼程序解决的事项", LocalDate.of(2025, 3, 5), now, "registrar");
		assertThat(p.getStatus()).isEqualTo(PetitionStatus.NOT_ACCEPTED);
		assertThat(p.getAnsweredOn()).isEqualTo(LocalDate.of(2025, 3, 5));
		assertThat(p.allowedActions()).containsExactly(Action.ARCHIVE);
		assertThatThrownBy(() -> p.accept(LocalDate.of(2025, 3, 5), now, "registrar", limits))
				.isInstanceOf(IllegalTransition.class);
	}

	@Test
	void forwardsToAnotherAgency() {
		Petition p = petition(Channel.PHONE, LocalDate.of(2025, 3, 3));
		p.transfer("银川市信访局", LocalDate.of(2025, 3, 4), now, "registrar");
		assertThat(p.getStatus()).isEqualTo(PetitionStatus.TRANSFERRED);
		assertThat(p.getTransferredTo()).isEqualTo("银川市信访局");
	}

	@Test
	void returnsForReworkAndHandsBackForReassignment() {
		Petition p = petition(Channel.ONLINE_COMPLAINT, LocalDate.of(2025, 3, 3));
		p.accept(LocalDate.of(2025, 3, 3), now, "registrar", limits);
		p.assign(7L, "自治区教育厅", LocalDate.of(2025, 3, 4), now, "registrar", limits);
		p.handBack("不属于本单位职责", now, "handler");
		assertThat(p.getStatus()).isEqualTo(PetitionStatus.ACCEPTED);
		assertThat(p.getUnitId()).isNull();
		p.assign(8L, "自治区住房和城乡建设厅", LocalDate.of(2025, 3, 5), now, "registrar", limits);
		p.claim(now, "handler");
		p.submitDraft("初稿", now, "handler");
		p.returnForRework("事实不清", now, "reviewer");
		assertThat(p.getStatus()).isEqualTo(PetitionStatus.IN_HANDLING);
		p.submitDraft("第二稿", now, "handler");
		p.approve(now, "reviewer");
		p.returnForRework("口径需调整", now, "leader");
		assertThat(p.getStatus()).isEqualTo(PetitionStatus.IN_HANDLING);
		assertThat(p.getDraftReply()).isEqualTo("第二稿");
	}

	@Test
	void extendsOnceByAtMostThirtyDays() {
		Petition p = petition(Channel.LETTER, LocalDate.of(2025, 3, 3));
		p.accept(LocalDate.of(2025, 3, 3), now, "registrar", limits);
		assertThatThrownBy(() -> p.extend(30, "情况复杂", "刘志强", now, "handler", limits))
				.as("not yet in handling").isInstanceOf(IllegalTransition.class);
		p.assign(7L, "自治区自然资源厅", LocalDate.of(2025, 3, 4), now, "registrar", limits);
		p.claim(now, "handler");
		p.extend(30, "情况复杂", "刘志强", now, "handler", limits);
		assertThat(p.getCompletionDue()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(p.getDueOn()).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThatThrownBy(() -> p.extend(10, "再延", "刘志强", now, "handler", limits))
				.isInstanceOf(IllegalTransition.class)
				.extracting(e -> ((IllegalTransition) e).messageKey())
				.isEqualTo("petitions.error.extendedOnce");
		assertThat(p.allowedActions()).doesNotContain(Action.EXTEND);
	}

	@Test
	void givesAMessageBoardUnitFiveWorkingDaysAndPublishesTheReplyWithoutPersonalData() {
		Petition p = petition(Channel.MESSAGE_BOARD, LocalDate.of(2017, 9, 28));
		p.consentToPublication();
		p.accept(LocalDate.of(2017, 9, 28), now, "registrar", limits);
		p.assign(7L, "银川市人民政府", LocalDate.of(2017, 9, 29), now, "registrar", limits);
		assertThat(p.getDueOn()).isEqualTo(LocalDate.of(2017, 10, 12));
		p.claim(now, "handler");
		assertThat(p.allowedActions()).doesNotContain(Action.EXTEND);
		assertThatThrownBy(() -> p.extend(5, "复杂", "刘志强", now, "handler", limits))
				.isInstanceOf(IllegalTransition.class);
		p.submitDraft("马小明您好：您反映的问题已转银川市兴庆区解放西街1号所在社区，联系电话13995123456。", now, "handler");
		p.approve(now, "reviewer");
		p.sign(now, "leader");
		p.reply(LocalDate.of(2017, 10, 13), now, "registrar");
		assertThat(p.getAnsweredOnTime()).as("one day after the five working days").isFalse();
		assertThat(p.isPublished()).isTrue();
		assertThat(p.getPublicReply()).isEqualTo("＊＊＊您好：您反映的问题已转＊＊＊所在社区，联系电话＊＊＊。");
		assertThat(p.getPublicTitle()).isEqualTo("小区供暖不达标");
		assertThat(p.getPublicContent()).isEqualTo("内容");
	}

	@Test
	void keepsAReplyOffTheBoardWhenThePetitionerDidNotAgreeToPublication() {
		Petition p = petition(Channel.MESSAGE_BOARD, LocalDate.of(2017, 9, 28));
		p.accept(LocalDate.of(2017, 9, 28), now, "registrar", limits);
		p.assign(7L, "银川市人民政府", LocalDate.of(2017, 9, 29), now, "registrar", limits);
		p.claim(now, "handler");
		p.submitDraft("马小明您好：已处理。", now, "handler");
		p.approve(now, "reviewer");
		p.sign(now, "leader");
		p.reply(LocalDate.of(2017, 10, 13), now, "registrar");
		assertThat(p.isPublished()).isFalse();
		assertThat(p.getPublicReply()).isNull();
		assertThat(p.getPublicContent()).isNull();
	}

	@Test
	void ratesOnceWithinTheWindow() {
		Petition p = replied(LocalDate.of(2025, 4, 20));
		// 2025-04-20 + 30 days = 2025-05-20: the last day to rate.
		assertThatThrownBy(() -> p.rate(Rating.SATISFIED, LocalDate.of(2025, 5, 21), now, limits))
				.isInstanceOf(IllegalTransition.class);
		p.rate(Rating.BASICALLY_SATISFIED, LocalDate.of(2025, 5, 20), now, limits);
		assertThat(p.getRating()).isEqualTo(Rating.BASICALLY_SATISFIED);
		assertThatThrownBy(() -> p.rate(Rating.UNSATISFIED, LocalDate.of(2025, 5, 20), now, limits))
				.isInstanceOf(IllegalTransition.class);
	}

	@Test
	void asksForReviewThenReReviewThenStopsAtThreeLevels() {
		Petition first = replied(LocalDate.of(2025, 4, 20));
		assertThatThrownBy(() -> first.requestNextLevel(LocalDate.of(2025, 5, 21), now, limits))
				.as("31 days after the reply").isInstanceOf(IllegalTransition.class);
		assertThat(first.requestNextLevel(LocalDate.of(2025, 5, 20), now, limits)).isEqualTo(ReviewLevel.REVIEW);
		assertThatThrownBy(() -> first.requestNextLevel(LocalDate.of(2025, 5, 20), now, limits))
				.isInstanceOf(IllegalTransition.class);

		Petition reReview = Petition.register(1L, "XF-2025-TEST0003", "hash", Channel.ONLINE_COMPLAINT, "URBAN", "t",
				"c", new Petitioner("马小明", null, null, null), 1, LocalDate.of(2025, 6, 1), now, "citizen",
				ReviewLevel.RE_REVIEW, 2L, limits);
		reReview.accept(LocalDate.of(2025, 6, 1), now, "registrar", limits);
		reReview.assign(7L, "u", LocalDate.of(2025, 6, 1), now, "registrar", limits);
		reReview.claim(now, "handler");
		reReview.submitDraft("维持复查意见", now, "handler");
		reReview.approve(now, "reviewer");
		reReview.sign(now, "leader");
		reReview.reply(LocalDate.of(2025, 6, 20), now, "registrar");
		assertThatThrownBy(() -> reReview.requestNextLevel(LocalDate.of(2025, 6, 21), now, limits))
				.isInstanceOf(IllegalTransition.class)
				.extracting(e -> ((IllegalTransition) e).messageKey()).isEqualTo("petitions.error.final");
	}

	@Test
	void countsFiveVisitorsAsAGroupVisit() {
		Petition four = Petition.register(1L, "XF-1", "h", Channel.VISIT, "URBAN", "t", "c",
				new Petitioner("a", null, null, null), 4, LocalDate.of(2025, 3, 3), now, "registrar", ReviewLevel.FIRST,
				null, limits);
		Petition five = Petition.register(1L, "XF-2", "h", Channel.VISIT, "URBAN", "t", "c",
				new Petitioner("a", null, null, null), 5, LocalDate.of(2025, 3, 3), now, "registrar", ReviewLevel.FIRST,
				null, limits);
		assertThat(four.isGroupVisit()).isFalse();
		assertThat(five.isGroupVisit()).isTrue();
	}

	private Petition replied(LocalDate on) {
		Petition p = petition(Channel.ONLINE_COMPLAINT, LocalDate.of(2025, 3, 3));
		p.accept(LocalDate.of(2025, 3, 3), now, "registrar", limits);
		p.assign(7L, "u", LocalDate.of(2025, 3, 4), now, "registrar", limits);
		p.claim(now, "handler");
		p.submitDraft("答复", now, "handler");
		p.approve(now, "reviewer");
		p.sign(now, "leader");
		p.reply(on, now, "registrar");
		return p;
	}
}
