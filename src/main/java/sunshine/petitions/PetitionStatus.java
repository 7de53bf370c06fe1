package sunshine.petitions;

import java.util.Set;

/** Where a petition stands. Each state belongs to one of the seven {@link Step}s. */
public enum PetitionStatus {

	/** 已登记: received and registered; acceptance not yet decided (登记交办). */
	REGISTERED(Step.REGISTER_AND_ASSIGN),
	/** 已受理: accepted, waiting to be assigned to a responsible unit (登记交办). */
	ACCEPTED(Step.REGISTER_AND_ASSIGN),
	/** 已交办: assigned to a unit that has not claimed it yet (认领告知). */
	ASSIGNED(Step.CLAIM_AND_NOTIFY),
	/** 办理中: claimed, the citizen told; the unit investigates and drafts the reply (承办办理). */
	IN_HANDLING(Step.HANDLE),
	/** 待审核: a drafted reply waits for the reviewer (审核报签). */
	UNDER_REVIEW(Step.REVIEW_AND_SIGN),
	/** 待签发: approved by the reviewer, waits for the leader's signature (审核报签). */
	AWAITING_SIGNATURE(Step.REVIEW_AND_SIGN),
	/** 已签发: signed; the official reply is about to go out (审核报签). */
	SIGNED(Step.REVIEW_AND_SIGN),
	/** 已回复: the one official reply is sent (统一回复). */
	REPLIED(Step.REPLY),
	/** 已分析通报: counted in an analysis report circulated to the units (分析通报). */
	ANALYSED(Step.ANALYSE),
	/** 已归档: archived with its whole file (立卷存档); nothing changes any more. */
	ARCHIVED(Step.ARCHIVE),
	/** 不予受理: refused with a reason and a written notice (登记交办); may be archived. */
	NOT_ACCEPTED(Step.REGISTER_AND_ASSIGN),
	/** 已转送: forwarded to the competent agency, which registers it anew (登记交办); may be archived. */
	TRANSFERRED(Step.REGISTER_AND_ASSIGN),
	/**
	 * 合并办理: a repeat (重复信访) merged into the matter's first petition; it waits for that petition's one
	 * reply, which answers it too. Nobody acts on it on its own, so it is in no queue and never overdue.
	 */
	MERGED(Step.REGISTER_AND_ASSIGN);

	private final Step step;

	PetitionStatus(Step step) {
		this.step = step;
	}

	public Step step() {
		return step;
	}

	/** States in which the agency still owes the citizen an answer. */
	public static final Set<PetitionStatus> OPEN = Set.of(REGISTERED, ACCEPTED, ASSIGNED, IN_HANDLING, UNDER_REVIEW,
			AWAITING_SIGNATURE, SIGNED);

	public boolean isOpen() {
		return OPEN.contains(this);
	}
}
