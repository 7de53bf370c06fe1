package sunshine.petitions;

import java.util.Locale;

/**
 * The written notices a petition produces (书面告知), as PDF and Word; labels are
 * {@code petitions.notice.<NAME>.title}. Each exists once the matter reached its step.
 */
public enum PetitionNoticeKind {

	/** 受理告知书: accepted, with the day it will be concluded by. */
	ACCEPTANCE,
	/** 不予受理告知书: refused, with the reason. */
	REJECTION,
	/** 转送告知书: sent to the competent agency. */
	TRANSFER,
	/** 交办告知书: assigned to a responsible unit. */
	ASSIGNMENT,
	/** 处理意见书: the handling opinion of the first handling. */
	OPINION,
	/** 复查意见书: the opinion of the 复查. */
	REVIEW_OPINION,
	/** 复核意见书: the opinion of the 复核, final. */
	RE_REVIEW_OPINION;

	/** Whether the matter has reached the point where this notice exists. */
	public boolean appliesTo(Petition petition) {
		boolean replied = petition.getReply() != null && petition.getAnsweredOn() != null;
		return switch (this) {
			case ACCEPTANCE -> petition.getAcceptedOn() != null;
			case REJECTION -> petition.getRefusalReason() != null && petition.getStatus() == PetitionStatus.NOT_ACCEPTED;
			case TRANSFER -> petition.getTransferredTo() != null;
			case ASSIGNMENT -> petition.getUnitName() != null && petition.getAssignedOn() != null;
			case OPINION -> replied && petition.getReviewLevel() == ReviewLevel.FIRST;
			case REVIEW_OPINION -> replied && petition.getReviewLevel() == ReviewLevel.REVIEW;
			case RE_REVIEW_OPINION -> replied && petition.getReviewLevel() == ReviewLevel.RE_REVIEW;
		};
	}

	/** The file name without extension, e.g. {@code XF2026-…-acceptance}. */
	public String fileName(String trackingCode) {
		return trackingCode + "-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
