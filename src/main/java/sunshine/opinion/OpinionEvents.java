package sunshine.opinion;

import sunshine.shared.AuditableEvent;

/** What happens in the opinion loop; every one is written to the audit log. */
public final class OpinionEvents {

	private OpinionEvents() {
	}

	/** 收集: by a member of staff, or from a feed (then the actor is the feed). */
	public record Collected(Long eventId, String origin, String title, String feedActor) implements AuditableEvent {
		public String action() { return "opinion.collected"; }
		public String subject() { return "opinion:" + eventId; }
		public String detail() { return "origin=" + origin + " " + title; }
		public String actor() { return feedActor; }
	}

	public record Assessed(Long eventId, String level, String topic) implements AuditableEvent {
		public String action() { return "opinion.assessed"; }
		public String subject() { return "opinion:" + eventId; }
		public String detail() { return "level=" + level + " " + topic; }
	}

	/** 回应: the event answered on a channel; the hotspot of the disclosure register answered with it. */
	public record Responded(Long eventId, long hotspotId, String channel, String on) implements AuditableEvent {
		public String action() { return "opinion.responded"; }
		public String subject() { return "opinion:" + eventId; }
		public String detail() { return "hotspot=" + hotspotId + " channel=" + channel + " on=" + on; }
	}

	public record Evaluated(Long eventId, String effect) implements AuditableEvent {
		public String action() { return "opinion.evaluated"; }
		public String subject() { return "opinion:" + eventId; }
		public String detail() { return "effect=" + effect; }
	}

	public record Dismissed(Long eventId, String reason) implements AuditableEvent {
		public String action() { return "opinion.dismissed"; }
		public String subject() { return "opinion:" + eventId; }
		public String detail() { return reason; }
	}

	public record FeedAdded(Long feedId, String url) implements AuditableEvent {
		public String action() { return "opinion.feed.added"; }
		public String subject() { return "opinion-feed:" + feedId; }
		public String detail() { return url; }
	}

	public record FeedStopped(Long feedId, String url) implements AuditableEvent {
		public String action() { return "opinion.feed.stopped"; }
		public String subject() { return "opinion-feed:" + feedId; }
		public String detail() { return url; }
	}

	/** One poll of a feed: how many new events it brought, or why it could not be read. */
	public record FeedPolled(Long feedId, int collected, String error) implements AuditableEvent {
		public String action() { return "opinion.feed.polled"; }
		public String subject() { return "opinion-feed:" + feedId; }
		public String detail() { return error == null ? "collected=" + collected : "error=" + error; }
		public String actor() { return "feed:" + feedId; }
	}
}
