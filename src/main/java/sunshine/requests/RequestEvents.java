package sunshine.requests;

import java.time.LocalDate;

import sunshine.shared.AuditableEvent;

/**
 * What happens to disclosure requests. Every event is written to the audit log (subject
 * {@code request:<tracking code>}) and appended to the request's timeline; none carries personal data.
 */
public final class RequestEvents {

	private RequestEvents() {
	}

	/** A request event: its tracking code, the legal day it happened on, and the timeline step. */
	public sealed interface RequestEvent extends AuditableEvent {
		String trackingCode();

		LocalDate onDay();

		/** The timeline step code, e.g. {@code received}. */
		String step();

		default String action() {
			return "request." + step();
		}

		default String subject() {
			return "request:" + trackingCode();
		}
	}

	public record Received(String trackingCode, LocalDate onDay, String agencyCode, IntakeChannel channel,
			LocalDate dueOn) implements RequestEvent {
		public String step() { return "received"; }
		public String detail() { return "agency=" + agencyCode + " channel=" + channel + " due=" + dueOn; }
	}

	public record Accepted(String trackingCode, LocalDate onDay) implements RequestEvent {
		public String step() { return "accepted"; }
	}

	public record CorrectionRequested(String trackingCode, LocalDate onDay, LocalDate supplementBy) implements RequestEvent {
		public String step() { return "correction"; }
		public String detail() { return "supplementBy=" + supplementBy; }
	}

	public record Supplemented(String trackingCode, LocalDate onDay, LocalDate dueOn) implements RequestEvent {
		public String step() { return "supplemented"; }
		public String detail() { return "due=" + dueOn; }
	}

	public record Abandoned(String trackingCode, LocalDate onDay) implements RequestEvent {
		public String step() { return "abandoned"; }
	}

	public record ConsultationStarted(String trackingCode, LocalDate onDay, PauseKind kind, String party) implements RequestEvent {
		public String step() { return "consultation"; }
		public String detail() { return kind + " " + party; }
	}

	public record ConsultationEnded(String trackingCode, LocalDate onDay, LocalDate dueOn) implements RequestEvent {
		public String step() { return "consulted"; }
		public String detail() { return "due=" + dueOn; }
	}

	public record Extended(String trackingCode, LocalDate onDay, int workingDays, String approvedBy, LocalDate dueOn)
			implements RequestEvent {
		public String step() { return "extended"; }
		public String detail() { return "days=" + workingDays + " approvedBy=" + approvedBy + " due=" + dueOn; }
	}

	public record AgencyDateSet(String trackingCode, LocalDate onDay, LocalDate dueOn) implements RequestEvent {
		public String step() { return "agencyDate"; }
		public String detail() { return "due=" + dueOn; }
	}

	public record FeeNotified(String trackingCode, LocalDate onDay, ProcessingFee.Method method, int yuan,
			LocalDate payBy) implements RequestEvent {
		public String step() { return "feeNotified"; }
		public String detail() { return method + " yuan=" + yuan + " payBy=" + payBy; }
	}

	public record FeePaid(String trackingCode, LocalDate onDay, LocalDate dueOn) implements RequestEvent {
		public String step() { return "feePaid"; }
		public String detail() { return "due=" + dueOn; }
	}

	public record FeeLapsed(String trackingCode, LocalDate onDay) implements RequestEvent {
		public String step() { return "feeLapsed"; }
	}

	public record Answered(String trackingCode, LocalDate onDay, Outcome outcome, boolean late) implements RequestEvent {
		public String step() { return "answered"; }
		public String detail() { return "outcome=" + outcome + (late ? " late" : ""); }
	}

	/** 拟办答复: the handler drafted the answer (the outcome it proposes). */
	public record AnswerDrafted(String trackingCode, LocalDate onDay, Outcome outcome) implements RequestEvent {
		public String step() { return "answerDrafted"; }
		public String detail() { return "outcome=" + outcome; }
	}

	/** 审核通过: the reviewer approved the draft for signature. */
	public record AnswerApproved(String trackingCode, LocalDate onDay) implements RequestEvent {
		public String step() { return "answerApproved"; }
	}

	/** 退回: the reviewer or the signing leader sent the draft back to the handler. */
	public record AnswerReturned(String trackingCode, LocalDate onDay) implements RequestEvent {
		public String step() { return "answerReturned"; }
	}

	public record Closed(String trackingCode, LocalDate onDay) implements RequestEvent {
		public String step() { return "closed"; }
	}

	public record Withdrawn(String trackingCode, LocalDate onDay) implements RequestEvent {
		public String step() { return "withdrawn"; }
	}

	public record DueDateRecomputed(String trackingCode, LocalDate onDay, LocalDate was, LocalDate dueOn)
			implements RequestEvent {
		public String step() { return "recomputed"; }
		public String detail() { return "was=" + was + " due=" + dueOn; }
	}

	public record RemedyRecorded(String trackingCode, LocalDate onDay, RemedyKind kind, RemedyResult result)
			implements RequestEvent {
		public String step() { return "remedy"; }
		public String detail() { return kind + " " + result; }
	}

	/** 转信访程序: concluded as 信访举报投诉类申请 and registered as the petition {@code petitionCode}. */
	public record RoutedToPetition(String trackingCode, LocalDate onDay, String petitionCode) implements RequestEvent {
		public String step() { return "routedToPetition"; }
		public String detail() { return "petition=" + petitionCode; }
	}

	/** 告知已主动公开: the draft answer points to the catalogue item. */
	public record PointedToPublished(String trackingCode, LocalDate onDay, long itemId) implements RequestEvent {
		public String step() { return "pointedToPublished"; }
		public String detail() { return "item=" + itemId; }
	}

	/** 公开一次: the granted information was published to the catalogue. */
	public record Disclosed(String trackingCode, LocalDate onDay, long itemId) implements RequestEvent {
		public String step() { return "disclosed"; }
		public String detail() { return "item=" + itemId; }
	}
}
