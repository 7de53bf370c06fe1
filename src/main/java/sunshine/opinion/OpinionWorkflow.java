package sunshine.opinion;

import static sunshine.opinion.OpinionStatus.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import sunshine.agency.Role;
import sunshine.disclosure.HotspotChannel;
import sunshine.opinion.OpinionEvent.Action;
import sunshine.shared.workflow.TransitionTable;

/**
 * The opinion loop in one table (国办发〔2016〕61号 "收集、研判、回应、评估"): the reviewer weighs each event
 * (研判) or files it without a response, the disclosure editor answers it on as many channels as it takes,
 * the reviewer evaluates the effect and closes it. Every step is the event's own agency's.
 * {@link OpinionEvent}'s verbs check it, {@link OpinionManagement} checks the caller against it, the
 * console builds its buttons from it.
 */
public final class OpinionWorkflow {

	private OpinionWorkflow() {
	}

	/** Who reads the agency's opinion events: the roles of the table and the signing leader. */
	public static final Set<Role> READERS = Set.copyOf(EnumSet.of(Role.DISCLOSURE_EDITOR, Role.REVIEWER,
			Role.SIGNING_LEADER));

	/** Who enters events by hand and configures the agency's feeds. */
	public static final Role COLLECTOR = Role.DISCLOSURE_EDITOR;

	// The forms; the console's fields and the JSON API's members have these names. ---------------------

	/** 收集: an event entered by hand. */
	public record Collect(
			@NotBlank(message = "{opinion.error.title.missing}") @Size(max = 300, message = "{opinion.error.title.tooLong}") String title,
			@Size(max = 2000, message = "{opinion.error.summary.tooLong}") String summary,
			@NotNull(message = "{opinion.error.noticedOn.missing}") LocalDate noticedOn,
			@Size(max = 500, message = "{opinion.error.link.tooLong}") String sourceLink) {
	}

	/** 研判: how serious, about what, which agencies it concerns. */
	public record Assess(@NotNull(message = "{opinion.error.level.missing}") OpinionLevel level,
			@NotBlank(message = "{opinion.error.topic.missing}") @Size(max = 100, message = "{opinion.error.topic.tooLong}") String topic,
			@Size(max = 300, message = "{opinion.error.agencies.tooLong}") String agenciesConcerned) {
	}

	/**
	 * 回应: one response on one channel. {@code hotspotId} names a hotspot already in the register that the
	 * first response answers instead of opening a new one.
	 */
	public record Respond(@NotNull(message = "{opinion.error.channel.missing}") HotspotChannel channel,
			@NotNull(message = "{opinion.error.respondedOn.missing}") LocalDate respondedOn,
			@Size(max = 500, message = "{opinion.error.link.tooLong}") String link,
			@NotBlank(message = "{opinion.error.responseSummary.missing}") @Size(max = 200,
					message = "{opinion.error.responseSummary.tooLong}") String summary,
			Long hotspotId) {
	}

	/** 评估: the effect and the closing note; closing is final, so it is confirmed. */
	public record Evaluate(@NotNull(message = "{opinion.error.effect.missing}") ResponseEffect effect,
			@NotBlank(message = "{opinion.error.note.missing}") @Size(max = 1000, message = "{opinion.error.note.tooLong}") String note,
			@NotNull(message = "{opinion.error.notConfirmed}") @AssertTrue(message = "{opinion.error.notConfirmed}") Boolean confirmed) {
	}

	/** 不予回应: why the event is filed without a response; final, so it is confirmed. */
	public record Dismiss(
			@NotBlank(message = "{opinion.error.reason.missing}") @Size(max = 1000, message = "{opinion.error.reason.tooLong}") String reason,
			@NotNull(message = "{opinion.error.notConfirmed}") @AssertTrue(message = "{opinion.error.notConfirmed}") Boolean confirmed) {
	}

	/** The table. */
	public static final TransitionTable<OpinionEvent, OpinionStatus, Action, Role> TABLE = TransitionTable
			.of(OpinionStatus.class, Action.class, Role.class, OpinionEvent::getStatus, "opinion.error.state",
					"opinion.error.role")
			// 研判
			.on(Action.ASSESS).from(COLLECTED, ASSESSED).by(Role.REVIEWER).form(Assess.class)
			.on(Action.DISMISS).from(COLLECTED, ASSESSED).by(Role.REVIEWER).form(Dismiss.class)
			// 回应: once assessed, on as many channels as it takes
			.on(Action.RESPOND).from(ASSESSED, RESPONDED).by(Role.DISCLOSURE_EDITOR).form(Respond.class)
			// 评估
			.on(Action.EVALUATE).from(RESPONDED).by(Role.REVIEWER).form(Evaluate.class)
			.build();
}
