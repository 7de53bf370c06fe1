package sunshine.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the citizen sees of their case (网上查), in the reader's language: every step of the file with
 * its deadline, the notes meant for the citizen, never staff-internal notes or anyone else's data.
 * The public tracking API returns it as it is; the staff API adds what only staff see. A repeat (重复信访)
 * names, in {@code repeatOf}, the matter's first petition it is handled and answered with.
 */
public record PetitionTracking(String trackingCode, String title, String channel, String status, String statusLabel,
		String step, String level, LocalDate receivedOn, LocalDate dueOn, String unit, String refusalReason,
		String transferredTo, String reply, LocalDate answeredOn, String rating, List<Step> steps,
		@JsonInclude(JsonInclude.Include.NON_NULL) String routedFrom,
		@JsonInclude(JsonInclude.Include.NON_NULL) String routedTo,
		@JsonInclude(JsonInclude.Include.NON_NULL) String repeatOf) {

	/** One entry of the file; {@code note} only where the citizen may read it. */
	public record Step(Instant at, String step, String action, LocalDate dueOn,
			@JsonInclude(JsonInclude.Include.NON_NULL) String note) {
	}

	public static PetitionTracking of(Petition p, MessageSource messages, Locale locale) {
		List<Step> steps = p.getHistory().stream()
				.map(entry -> new Step(entry.getOccurredAt(),
						messages.getMessage("petitions.step." + entry.getStep().name(), null, locale),
						messages.getMessage("petitions.action." + entry.getAction(), null, entry.getAction(), locale),
						entry.getDueOn(), entry.isVisibleToCitizen() ? entry.getNote() : null))
				.toList();
		return new PetitionTracking(p.getTrackingCode(), p.getTitle(), p.getChannel().label(), p.getStatus().name(),
				messages.getMessage("petitions.status." + p.getStatus().name(), null, locale),
				messages.getMessage("petitions.step." + p.getStatus().step().name(), null, locale),
				p.getReviewLevel().name(), p.getReceivedOn(), p.getDueOn(), p.getUnitName(), p.getRefusalReason(),
				p.getTransferredTo(), p.getReply(), p.getAnsweredOn(), p.getRating() == null ? null : p.getRating().label(),
				steps, p.getRoutedFrom(), p.getRoutedTo(), p.getRepeatOfCode());
	}
}
