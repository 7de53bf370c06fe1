package sunshine.requests;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sunshine.agency.AgencyLookup;
import sunshine.calendar.CalendarManagement;

/** What the applicant sees of a request (and what the console reuses): labels in the reader's language. */
@Component
public class TrackingView {

	private final AgencyLookup agencies;
	private final CalendarManagement calendar;
	private final MessageSource messages;
	private final java.time.Clock clock;
	private final sunshine.agency.StaffNames names;

	TrackingView(AgencyLookup agencies, CalendarManagement calendar, MessageSource messages, java.time.Clock clock,
			sunshine.agency.StaffNames names) {
		this.names = names;
		this.agencies = agencies;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	public record Step(LocalDate on, String label, String note, String actor) {
	}

	public record Document(NoticeKind kind, String title) {
	}

	public record View(String agencyName, String statusLabel, String outcomeLabel, List<String> derivation, List<Step> timeline,
			List<Document> documents) {
	}

	public View of(DisclosureRequest request, Locale locale) {
		String agency = agencies.byId(request.getAgencyId()).map(a -> a.getName()).orElse("");
		String status = messages.getMessage("requests.status." + request.getStatus().name(), null, locale);
		String outcome = request.getOutcome() == null ? null
				: messages.getMessage("requests.outcome." + request.getOutcome().name(), null, locale);
		List<String> derivation = request.getStatus().isOpen()
				? AnswerClock.withAgencyDate(calendar.deadline(AnswerClock.plan(request, LocalDate.now(clock))),
						request.getAgencySetDueOn()).describe(messages, locale)
				: List.of();
		List<Step> steps = request.getTimeline().stream().map(step -> new Step(step.getOnDay(),
				messages.getMessage("requests.step." + step.getStep(), null, step.getStep(), locale),
				noteLabel(step.getNote(), locale), names.of(step.getActor(), locale))).toList();
		List<Document> documents = Arrays.stream(NoticeKind.values()).filter(kind -> kind.appliesTo(request))
				.map(kind -> new Document(kind, messages.getMessage("requests.notice." + kind.name() + ".title", null, locale)))
				.toList();
		return new View(agency, status, outcome, derivation, steps, documents);
	}

	/**
	 * A note as people read it: the steps 收到 and 答复 record the channel and the outcome by their codes
	 * ({@code REGISTERED_MAIL}, {@code R1}), shown by their labels; a note typed by staff stays as typed.
	 */
	String noteLabel(String note, Locale locale) {
		if (note == null || note.isBlank()) {
			return note;
		}
		String code = note.strip();
		if (Arrays.stream(IntakeChannel.values()).anyMatch(c -> c.name().equals(code))) {
			return messages.getMessage("requests.channel." + code, null, code, locale);
		}
		if (Outcome.parse(code).isPresent()) {
			return messages.getMessage("requests.outcome." + code, null, code, locale);
		}
		return note;
	}
}
