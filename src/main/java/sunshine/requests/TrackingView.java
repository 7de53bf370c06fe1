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

	TrackingView(AgencyLookup agencies, CalendarManagement calendar, MessageSource messages, java.time.Clock clock) {
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
				messages.getMessage("requests.step." + step.getStep(), null, step.getStep(), locale), step.getNote(),
				step.getActor())).toList();
		List<Document> documents = Arrays.stream(NoticeKind.values()).filter(kind -> kind.appliesTo(request))
				.map(kind -> new Document(kind, messages.getMessage("requests.notice." + kind.name() + ".title", null, locale)))
				.toList();
		return new View(agency, status, outcome, derivation, steps, documents);
	}
}
