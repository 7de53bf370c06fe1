package sunshine.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sunshine.disclosure.HotspotChannel;
import sunshine.shared.workflow.IllegalTransition;

/**
 * One public-opinion event (舆情事件) of an agency and its file: how it came in, how it was weighed, every
 * response with its channel and date, and how the responses worked. Its verbs check
 * {@link OpinionWorkflow#TABLE}, record the step and register a past-tense event; only
 * {@link OpinionManagement} calls them.
 */
@Entity
@Table(name = "opinion_event")
public class OpinionEvent extends AbstractAggregateRoot<OpinionEvent> {

	/** The steps of the loop after collection. */
	public enum Action {
		/** 研判. */
		ASSESS,
		/** 回应 (each channel a response of its own). */
		RESPOND,
		/** 评估并办结. */
		EVALUATE,
		/** 不予回应并归档. */
		DISMISS;

		/** The action named in a URL ({@code respond}, {@code RESPOND}). */
		public static Optional<Action> of(String name) {
			try {
				return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException | NullPointerException e) {
				return Optional.empty();
			}
		}
	}

	/** One response, on one channel, on one day. */
	@Embeddable
	public static class Response {

		@Enumerated(EnumType.STRING)
		@Column(name = "channel", nullable = false, length = 24)
		private HotspotChannel channel;

		@Column(name = "responded_on", nullable = false)
		private LocalDate respondedOn;

		@Column(name = "link", length = 500)
		private String link;

		@Column(name = "summary", nullable = false, length = 200)
		private String summary;

		@Column(name = "recorded_by", nullable = false, length = 64)
		private String recordedBy;

		@Column(name = "recorded_at", nullable = false)
		private Instant recordedAt;

		protected Response() {
		}

		Response(HotspotChannel channel, LocalDate respondedOn, String link, String summary, String recordedBy,
				Instant recordedAt) {
			this.channel = channel;
			this.respondedOn = respondedOn;
			this.link = link;
			this.summary = summary;
			this.recordedBy = recordedBy;
			this.recordedAt = recordedAt;
		}

		public HotspotChannel getChannel() { return channel; }
		public LocalDate getRespondedOn() { return respondedOn; }
		public String getLink() { return link; }
		public String getSummary() { return summary; }
		public String getRecordedBy() { return recordedBy; }
		public Instant getRecordedAt() { return recordedAt; }
	}

	/** One line of the file: the step, when, by whom, with what note. */
	@Embeddable
	public static class Step {

		@Column(name = "action", nullable = false, length = 24)
		private String action;

		@Column(name = "taken_at", nullable = false)
		private Instant takenAt;

		@Column(name = "actor", nullable = false, length = 64)
		private String actor;

		@Column(name = "note", length = 1000)
		private String note;

		protected Step() {
		}

		Step(String action, Instant takenAt, String actor, String note) {
			this.action = action;
			this.takenAt = takenAt;
			this.actor = actor;
			this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
		}

		/** {@code COLLECT} or the name of an {@link Action}. */
		public String getAction() { return action; }
		public Instant getTakenAt() { return takenAt; }
		public String getActor() { return actor; }
		public String getNote() { return note; }
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opinion_event_seq")
	@SequenceGenerator(name = "opinion_event_seq", sequenceName = "opinion_event_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(length = 2000)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private OpinionOrigin origin;

	@Column(name = "feed_id")
	private Long feedId;

	@Column(name = "entry_key", length = 500)
	private String entryKey;

	@Column(name = "source_link", length = 500)
	private String sourceLink;

	@Column(name = "noticed_on", nullable = false)
	private LocalDate noticedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private OpinionStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "severity", length = 24)
	private OpinionLevel level;

	@Column(length = 100)
	private String topic;

	@Column(name = "agencies_concerned", length = 300)
	private String agenciesConcerned;

	@Column(name = "assessed_by", length = 64)
	private String assessedBy;

	@Column(name = "hotspot_id")
	private Long hotspotId;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private ResponseEffect effect;

	@Column(name = "closing_note", length = 1000)
	private String closingNote;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "opinion_event_response", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "seq")
	private List<Response> responses = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "opinion_event_step", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "seq")
	private List<Step> steps = new ArrayList<>();

	protected OpinionEvent() {
	}

	private OpinionEvent(long agencyId, String title, String summary, OpinionOrigin origin, Long feedId, String entryKey,
			String sourceLink, LocalDate noticedOn, Instant now, String actor) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("opinion.error.title.missing");
		}
		this.agencyId = agencyId;
		this.title = clip(title.strip(), 300);
		this.summary = blankToNull(clip(summary, 2000));
		this.origin = origin;
		this.feedId = feedId;
		this.entryKey = entryKey;
		this.sourceLink = blankToNull(clip(sourceLink, 500));
		this.noticedOn = noticedOn;
		this.status = OpinionStatus.COLLECTED;
		this.createdAt = now;
		this.createdBy = actor;
		steps.add(new Step("COLLECT", now, actor, null));
	}

	/** 收集: an event a member of staff entered. */
	static OpinionEvent entered(long agencyId, OpinionWorkflow.Collect form, Instant now, String actor) {
		return new OpinionEvent(agencyId, form.title(), form.summary(), OpinionOrigin.STAFF, null, null,
				form.sourceLink(), form.noticedOn(), now, actor);
	}

	/** 收集: an entry of one of the agency's feeds, known by its key (the entry's id, else its link). */
	static OpinionEvent fromFeed(OpinionFeed feed, FeedEntry entry, LocalDate noticedOn, Instant now) {
		return new OpinionEvent(feed.getAgencyId(), entry.title(), entry.summary(), OpinionOrigin.FEED, feed.getId(),
				entry.key(), entry.link(), noticedOn, now, "feed:" + feed.getId());
	}

	/** 研判 (again, if the picture changed before anyone answered). */
	void assess(OpinionLevel level, String topic, String agenciesConcerned, Instant now, String actor) {
		OpinionWorkflow.TABLE.check(this, Action.ASSESS);
		this.level = level;
		this.topic = topic.strip();
		this.agenciesConcerned = blankToNull(agenciesConcerned == null ? null : agenciesConcerned.strip());
		this.assessedBy = actor;
		this.status = OpinionStatus.ASSESSED;
		steps.add(new Step(Action.ASSESS.name(), now, actor, level.name() + " " + this.topic));
		registerEvent(new OpinionEvents.Assessed(id, level.name(), this.topic));
	}

	/**
	 * 回应: one more response. It cannot precede the event, nor lie in the future; the first one names
	 * the hotspot it answers in the disclosure register.
	 */
	void respond(HotspotChannel channel, LocalDate on, String link, String summary, long hotspot, LocalDate today,
			Instant now, String actor) {
		OpinionWorkflow.TABLE.check(this, Action.RESPOND);
		requireResponseDate(on, today);
		if (hotspotId != null && hotspotId != hotspot) {
			throw new IllegalStateException("An event answers one hotspot");
		}
		this.hotspotId = hotspot;
		responses.add(new Response(channel, on, blankToNull(link == null ? null : link.strip()), summary.strip(), actor, now));
		this.status = OpinionStatus.RESPONDED;
		steps.add(new Step(Action.RESPOND.name(), now, actor, channel.name() + " " + on));
		registerEvent(new OpinionEvents.Responded(id, hotspot, channel.name(), on.toString()));
	}

	/** The date rule of a response, checked before anything is written anywhere. */
	void requireResponseDate(LocalDate on, LocalDate today) {
		if (on.isBefore(noticedOn)) {
			throw new IllegalTransition("opinion.error.respondedBeforeNoticed");
		}
		if (on.isAfter(today)) {
			throw new IllegalTransition("opinion.error.respondedInFuture");
		}
	}

	/** 评估: the effect of the responses; closes the file. */
	void evaluate(ResponseEffect effect, String note, Instant now, String actor) {
		OpinionWorkflow.TABLE.check(this, Action.EVALUATE);
		this.effect = effect;
		this.closingNote = note.strip();
		this.status = OpinionStatus.CLOSED;
		steps.add(new Step(Action.EVALUATE.name(), now, actor, effect.name() + " " + this.closingNote));
		registerEvent(new OpinionEvents.Evaluated(id, effect.name()));
	}

	/** 不予回应: filed without a response, with the reason. */
	void dismiss(String reason, Instant now, String actor) {
		OpinionWorkflow.TABLE.check(this, Action.DISMISS);
		this.closingNote = reason.strip();
		this.status = OpinionStatus.DISMISSED;
		steps.add(new Step(Action.DISMISS.name(), now, actor, this.closingNote));
		registerEvent(new OpinionEvents.Dismissed(id, this.closingNote));
	}

	/** The actions the event allows now, for anyone: its state. */
	public Set<Action> allowedActions() {
		return OpinionWorkflow.TABLE.allowed(this);
	}

	public Long getId() { return id; }
	public Long getAgencyId() { return agencyId; }
	public String getTitle() { return title; }
	public String getSummary() { return summary; }
	public OpinionOrigin getOrigin() { return origin; }
	public Long getFeedId() { return feedId; }
	public String getEntryKey() { return entryKey; }
	public String getSourceLink() { return sourceLink; }
	public LocalDate getNoticedOn() { return noticedOn; }
	public OpinionStatus getStatus() { return status; }
	public OpinionLevel getLevel() { return level; }
	public String getTopic() { return topic; }
	public String getAgenciesConcerned() { return agenciesConcerned; }
	public String getAssessedBy() { return assessedBy; }
	public Long getHotspotId() { return hotspotId; }
	public ResponseEffect getEffect() { return effect; }
	public String getClosingNote() { return closingNote; }
	public Instant getCreatedAt() { return createdAt; }
	public String getCreatedBy() { return createdBy; }

	/** The responses by date, earliest first. */
	public List<Response> getResponses() {
		return responses.stream().sorted(Comparator.comparing(Response::getRespondedOn)).toList();
	}

	/** The file, in the order the steps were taken. */
	public List<Step> getSteps() {
		return List.copyOf(steps);
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
