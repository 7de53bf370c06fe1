package sunshine.petitions;

import sunshine.shared.AuditableEvent;

/**
 * What happens to petitions, one past-tense record per step of the file. Each is written to the audit
 * log in the same transaction (action {@code petitions.<verb>}, subject the tracking code) and mirrors
 * a {@link HistoryEntry}; none carries personal data.
 */
public final class PetitionEvents {

	private PetitionEvents() {
	}

	/** A petition event: the petition, its agency, the step of the seven it belongs to, and a note. */
	public sealed interface PetitionEvent extends AuditableEvent {

		long petitionId();

		String trackingCode();

		long agencyId();

		Step step();

		/** Details worth keeping (no personal data); may be {@code null}. */
		String note();

		/** The verb of the file's history entry, e.g. {@code accept}; its label is {@code petitions.action.<verb>}. */
		String verb();

		@Override
		default String action() {
			return "petitions." + verb();
		}

		@Override
		default String subject() {
			return trackingCode();
		}

		@Override
		default String detail() {
			return step().name() + (note() == null || note().isBlank() ? "" : ": " + note());
		}
	}

	/** How a verb of {@link Petition} makes its event. */
	@FunctionalInterface
	interface Factory {
		PetitionEvent create(long petitionId, String trackingCode, long agencyId, Step step, String note);
	}

	public record Registered(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "register"; }
	}

	public record Accepted(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "accept"; }
	}

	public record Rejected(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "reject"; }
	}

	/** 告知依申请公开: not accepted as a petition, pointed to an application for disclosure. */
	public record RoutedToDisclosure(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "routeToDisclosure"; }
	}

	public record Transferred(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "transfer"; }
	}

	/** 合并为重复件: handled with the matter's first petition; the note is its tracking code. */
	public record Merged(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "merge"; }
	}

	public record Assigned(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "assign"; }
	}

	public record Claimed(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "claim"; }
	}

	public record HandedBack(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "handBack"; }
	}

	public record Extended(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "extend"; }
	}

	public record DraftSubmitted(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "submitDraft"; }
	}

	public record Approved(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "approve"; }
	}

	public record ReturnedForRework(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "returnForRework"; }
	}

	public record Signed(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "sign"; }
	}

	public record Replied(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "reply"; }
	}

	public record Rated(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "rate"; }
	}

	public record ReviewRequested(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "requestReview"; }
	}

	public record Analysed(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "analyse"; }
	}

	public record Archived(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "archive"; }
	}

	/** 督办 ordered on the matter (by a supervisor, or by the system when it is long overdue). */
	public record Supervised(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "supervise"; }
	}

	/** The responsible unit answered a supervision order. */
	public record SupervisionAnswered(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "supervisionAnswered"; }
	}

	/** A hearing (听证) of a 复查/复核 was held. */
	public record HearingHeld(long petitionId, String trackingCode, long agencyId, Step step, String note) implements PetitionEvent {
		public String verb() { return "hearing"; }
	}

	/**
	 * The citizen downloaded a written notice with the tracking and query codes: audited, not part of the
	 * file's history (it changes nothing).
	 */
	public record NoticeDownloaded(String trackingCode, PetitionNoticeKind kind, String format)
			implements AuditableEvent {
		@Override
		public String action() {
			return "petitions.noticeDownloaded";
		}

		@Override
		public String subject() {
			return trackingCode;
		}

		@Override
		public String detail() {
			return kind.name() + " " + format;
		}
	}
}
