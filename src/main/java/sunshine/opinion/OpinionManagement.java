package sunshine.opinion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.OrgScope;
import sunshine.agency.StaffUser;
import sunshine.disclosure.DisclosureManagement;
import sunshine.disclosure.Hotspot;
import sunshine.opinion.OpinionEvent.Action;
import sunshine.opinion.internal.OpinionEventRepository;
import sunshine.opinion.internal.OpinionFeedRepository;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotFound;
import sunshine.shared.workflow.NotPermitted;

/**
 * Every write of the opinion loop, and the one place that checks the caller: a role of the table's row,
 * and the event's own agency (舆情 is handled where it arose; an agency above reads its own events only).
 * Each step is audited. A response is written to the disclosure register's hotspot at the same time, in
 * the same transaction, so the annual table sees exactly the responses the event's file shows.
 */
@Service
@Transactional
public class OpinionManagement {

	/** The day a feed entry was published is read in the agency's time zone. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final OpinionEventRepository events;
	private final OpinionFeedRepository feeds;
	private final DisclosureManagement disclosure;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	OpinionManagement(OpinionEventRepository events, OpinionFeedRepository feeds, DisclosureManagement disclosure,
			ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.feeds = feeds;
		this.disclosure = disclosure;
		this.publisher = publisher;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ the loop

	/** 收集: an event entered by the collector; it cannot have been noticed in the future. */
	public OpinionEvent collect(StaffUser user, OpinionWorkflow.Collect form) {
		requireCollector(user);
		if (form.noticedOn().isAfter(today())) {
			throw new IllegalTransition("opinion.error.noticedInFuture");
		}
		OpinionEvent event = events.save(OpinionEvent.entered(user.agencyId(), form, Instant.now(clock), user.username()));
		publisher.publishEvent(new OpinionEvents.Collected(event.getId(), event.getOrigin().name(), event.getTitle(), null));
		return event;
	}

	/** The event, if the user reads opinion events and it is their own agency's. */
	@Transactional(readOnly = true)
	public Optional<OpinionEvent> find(long id, StaffUser user) {
		if (!mayRead(user)) {
			return Optional.empty();
		}
		return events.findById(id).filter(e -> e.getAgencyId() == user.agencyId());
	}

	/** Whether the user's roles read the agency's opinion events. */
	public static boolean mayRead(StaffUser user) {
		return user != null && OpinionWorkflow.READERS.stream().anyMatch(user::has);
	}

	/** Refuses (403) a user none of whose roles reads opinion events. */
	public static void requireReader(StaffUser user) {
		if (!mayRead(user)) {
			throw new NotPermitted("opinion.error.role.read");
		}
	}

	/** Refuses (403) a user who may take the action in no state. */
	public void requireRoleFor(StaffUser user, Action action) {
		if (OpinionWorkflow.TABLE.rolesFor(action).stream().noneMatch(user::has)) {
			throw new NotPermitted("opinion.error.role", action.name());
		}
	}

	/** The actions the user may take on the event now: its state, their roles, their agency. */
	@Transactional(readOnly = true)
	public Set<Action> actionsFor(OpinionEvent event, StaffUser user) {
		if (event.getAgencyId() != user.agencyId()) {
			return Set.of();
		}
		return OpinionWorkflow.TABLE.allowedTo(event, user.roles());
	}

	/**
	 * Takes a step of the table with its form.
	 *
	 * @throws NotPermitted the role or the agency does not reach the event (403)
	 * @throws NotFound no such event (404)
	 * @throws IllegalTransition the state or a rule does not allow it (409)
	 */
	public OpinionEvent act(StaffUser user, long id, Action action, Record form) {
		requireRoleFor(user, action);
		OpinionEvent event = events.findById(id).orElseThrow(() -> new NotFound("opinion.error.notFound"));
		if (event.getAgencyId() != user.agencyId()) {
			throw new NotPermitted("opinion.error.otherAgency");
		}
		OpinionWorkflow.TABLE.checkRole(event, action, user.roles());
		OpinionWorkflow.TABLE.check(event, action);
		Instant now = Instant.now(clock);
		String actor = user.username();
		switch (action) {
			case ASSESS -> {
				var assess = form(form, OpinionWorkflow.Assess.class);
				event.assess(assess.level(), assess.topic(), assess.agenciesConcerned(), now, actor);
			}
			case RESPOND -> respond(event, form(form, OpinionWorkflow.Respond.class), now, actor);
			case EVALUATE -> {
				var evaluate = form(form, OpinionWorkflow.Evaluate.class);
				requireConfirmed(evaluate.confirmed());
				event.evaluate(evaluate.effect(), evaluate.note(), now, actor);
			}
			case DISMISS -> {
				var dismiss = form(form, OpinionWorkflow.Dismiss.class);
				requireConfirmed(dismiss.confirmed());
				event.dismiss(dismiss.reason(), now, actor);
			}
		}
		return events.save(event);
	}

	/**
	 * 回应: the response goes to the disclosure register first — the event's hotspot, or a hotspot already
	 * registered that the first response names, or a new one opened with the event's title and the day
	 * it was noticed — and then into the event's file.
	 */
	private void respond(OpinionEvent event, OpinionWorkflow.Respond respond, Instant now, String actor) {
		LocalDate today = today();
		event.requireResponseDate(respond.respondedOn(), today);
		String link = respond.link() == null || respond.link().isBlank() ? null : respond.link().strip();
		var answer = new Hotspot.Response(respond.channel(), respond.respondedOn(), link, respond.summary().strip());
		OrgScope own = OrgScope.ownAgencyOnly(event.getAgencyId());
		long hotspot;
		if (event.getHotspotId() != null) {
			hotspot = disclosure.answerHotspot(event.getHotspotId(), answer, own).getId();
		}
		else if (respond.hotspotId() != null) {
			try {
				hotspot = disclosure.answerHotspot(respond.hotspotId(), answer, own).getId();
			}
			catch (NoSuchElementException | AccessDeniedException e) {
				throw new IllegalTransition("opinion.error.hotspot.unknown");
			}
			catch (IllegalArgumentException e) {
				throw new IllegalTransition("opinion.error.hotspot.answerBefore");
			}
		}
		else {
			hotspot = disclosure.recordHotspot(event.getAgencyId(), event.getTitle(), event.getNoticedOn(), List.of(answer))
					.getId();
		}
		event.respond(respond.channel(), respond.respondedOn(), link, respond.summary(), hotspot, today, now, actor);
	}

	// ------------------------------------------------------------------ feeds

	/** The agency's feeds, for the collector. */
	@Transactional(readOnly = true)
	public List<OpinionFeed> feeds(StaffUser user) {
		requireReader(user);
		return feeds.findByAgencyIdOrderById(user.agencyId());
	}

	/** Adds a feed the poller reads from the next round on; refuses an address that is not http(s). */
	public OpinionFeed addFeed(StaffUser user, String name, String url) {
		requireCollector(user);
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new IllegalTransition("opinion.error.feed.name");
		}
		if (url == null || url.strip().length() > 500 || !OpinionFeed.isReadableAddress(url)) {
			throw new IllegalTransition("opinion.error.feed.url");
		}
		boolean known = feeds.findByAgencyIdOrderById(user.agencyId()).stream()
				.anyMatch(f -> f.isActive() && f.getUrl().equals(url.strip()));
		if (known) {
			throw new IllegalTransition("opinion.error.feed.known");
		}
		OpinionFeed feed = feeds.save(new OpinionFeed(user.agencyId(), name, url, Instant.now(clock), user.username()));
		publisher.publishEvent(new OpinionEvents.FeedAdded(feed.getId(), feed.getUrl()));
		return feed;
	}

	/** Stops reading a feed; the events it brought stay. */
	public void stopFeed(StaffUser user, long feedId) {
		requireCollector(user);
		OpinionFeed feed = feeds.findById(feedId).orElseThrow(() -> new NotFound("opinion.error.feed.notFound"));
		if (feed.getAgencyId() != user.agencyId()) {
			throw new NotPermitted("opinion.error.otherAgency");
		}
		if (feed.isActive()) {
			feed.stop();
			publisher.publishEvent(new OpinionEvents.FeedStopped(feed.getId(), feed.getUrl()));
		}
	}

	/** The feeds the poller reads. */
	@Transactional(readOnly = true)
	public List<OpinionFeed> activeFeeds() {
		return feeds.findByActiveTrueOrderById();
	}

	/**
	 * 收集 from a feed: each entry the agency has not collected before (by its key) becomes an event,
	 * noticed on the day it was published (never later than today).
	 *
	 * @return how many events were collected
	 */
	public int collectFromFeed(long feedId, List<FeedEntry> entries) {
		OpinionFeed feed = feeds.findById(feedId).orElseThrow(() -> new NotFound("opinion.error.feed.notFound"));
		Instant now = Instant.now(clock);
		LocalDate today = today();
		int collected = 0;
		for (FeedEntry entry : entries) {
			if (entry.key() == null || entry.key().isBlank() || entry.key().length() > 500 || entry.title() == null
					|| entry.title().isBlank() || events.existsByAgencyIdAndEntryKey(feed.getAgencyId(), entry.key())) {
				continue;
			}
			LocalDate published = entry.published() == null ? today : LocalDate.ofInstant(entry.published(), CHINA);
			OpinionEvent event = events.save(OpinionEvent.fromFeed(feed, entry,
					published.isAfter(today) ? today : published, now));
			publisher.publishEvent(new OpinionEvents.Collected(event.getId(), event.getOrigin().name(), event.getTitle(),
					"feed:" + feed.getId()));
			collected++;
		}
		feed.polled(now, null);
		if (collected > 0) {
			publisher.publishEvent(new OpinionEvents.FeedPolled(feed.getId(), collected, null));
		}
		return collected;
	}

	/** A poll that could not read the feed: the reason is kept on the feed for the settings page. */
	public void feedFailed(long feedId, String error) {
		feeds.findById(feedId).ifPresent(feed -> {
			boolean changed = !java.util.Objects.equals(feed.getLastError(), error);
			feed.polled(Instant.now(clock), error);
			if (changed) {
				publisher.publishEvent(new OpinionEvents.FeedPolled(feed.getId(), 0, error));
			}
		});
	}

	// ------------------------------------------------------------------ helpers

	/** Refuses (403) a user who does not enter events or configure feeds. */
	public static void requireCollector(StaffUser user) {
		if (user == null || !user.has(OpinionWorkflow.COLLECTOR)) {
			throw new NotPermitted("opinion.error.role.collect");
		}
	}

	private static void requireConfirmed(Boolean confirmed) {
		if (!Boolean.TRUE.equals(confirmed)) {
			throw new IllegalArgumentException("opinion.error.notConfirmed");
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	private static <F extends Record> F form(Record form, Class<F> type) {
		if (!type.isInstance(form)) {
			throw new IllegalArgumentException("Expected " + type.getSimpleName() + ", got " + form);
		}
		return type.cast(form);
	}
}
