package sunshine.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import sunshine.agency.AgencyLookup;
import sunshine.documents.DocumentRendering;
import sunshine.documents.OfficialLetter;

/**
 * Writes a request's letters ({@link NoticeKind}) from the wording in the {@code requests} bundle —
 * always in Chinese, the language of official documents — and renders them through
 * {@link DocumentRendering} as PDF or Word.
 */
@Service
public class RequestNotices {

	private final DocumentRendering rendering;
	private final AgencyLookup agencies;
	private final MessageSource messages;
	private final Clock clock;

	RequestNotices(DocumentRendering rendering, AgencyLookup agencies, MessageSource messages, Clock clock) {
		this.rendering = rendering;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	public byte[] pdf(DisclosureRequest request, NoticeKind kind) {
		return rendering.pdf(letter(request, kind));
	}

	public byte[] docx(DisclosureRequest request, NoticeKind kind) {
		return rendering.docx(letter(request, kind));
	}

	/** The letter's content; {@code kind} must apply to the request. */
	public OfficialLetter letter(DisclosureRequest request, NoticeKind kind) {
		if (!kind.appliesTo(request)) {
			throw new sunshine.shared.workflow.IllegalTransition("requests.error.noticeNotApplicable");
		}
		String agency = agencies.byId(request.getAgencyId()).map(a -> a.getName()).orElse("");
		Applicant applicant = request.getApplicant();
		String title = text("requests.notice." + kind.name() + ".title");
		List<String> paragraphs = new ArrayList<>();
		List<List<String>> table = List.of();
		String addressee = applicant.getName();
		LocalDate date = LocalDate.now(clock);
		String description = request.getDescription();
		switch (kind) {
			case RECEIPT -> {
				date = request.getReceivedOn();
				paragraphs.add(text("requests.notice.RECEIPT.body", cn(request.getArrivedOn()), description,
						cn(request.getReceivedOn()), cn(request.getDueOn())));
				paragraphs.add(text("requests.notice.RECEIPT.codes", request.getTrackingCode()));
			}
			case CORRECTION -> {
				date = request.getCorrectionRequestedOn();
				paragraphs.add(text("requests.notice.CORRECTION.body", cn(request.getReceivedOn()), description,
						nullToEmpty(request.getCorrectionNote()), cn(request.getSupplementBy())));
			}
			case EXTENSION -> {
				date = request.getExtendedOn();
				paragraphs.add(text("requests.notice.EXTENSION.body", cn(request.getReceivedOn()), description,
						request.getExtensionDays(), cn(request.getDueOn()), nullToEmpty(request.getExtensionReason())));
			}
			case CONSULTATION -> {
				ClockStop stop = request.getClockStops().stream().filter(s -> s.getKind() == PauseKind.THIRD_PARTY)
						.reduce((a, b) -> b).orElseThrow();
				addressee = stop.getParty();
				date = stop.getFirstDay();
				paragraphs.add(text("requests.notice.CONSULTATION.body", cn(request.getReceivedOn()), description,
						AnswerClock.CONSULTATION_WORKING_DAYS));
			}
			case ANSWER -> {
				date = request.getConcludedOn();
				Outcome outcome = request.getOutcome();
				String article = request.getRegime() == Regime.REGULATIONS_2019 && !outcome.article().isEmpty()
						? outcome.article() : "";
				paragraphs.add(text("requests.notice.ANSWER.opening", cn(request.getReceivedOn()), description));
				paragraphs.add(text("requests.notice.ANSWER." + outcome.family().name(), article,
						text("requests.outcome." + outcome.name())));
				if (request.getAnswerText() != null && !request.getAnswerText().isBlank()) {
					paragraphs.add(request.getAnswerText());
				}
				paragraphs.add(text("requests.notice.ANSWER.remedies"));
			}
			case FEE -> {
				date = request.getFeeNotifiedOn();
				paragraphs.add(text("requests.notice.FEE.body", cn(request.getReceivedOn()), description,
						text("requests.fee.method." + request.getFeeMethod().name()), request.getFeeYuan(),
						cn(request.getFeePayBy())));
				table = List.of(List.of(text("requests.notice.FEE.method"), text("requests.notice.FEE.amount")),
						List.of(text("requests.fee.method." + request.getFeeMethod().name()), request.getFeeYuan() + " 元"));
			}
		}
		return new OfficialLetter(agency, title, text("requests.notice.number", request.getTrackingCode()), addressee,
				paragraphs, table, agency, date);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	/** 2025年3月7日. */
	static String cn(LocalDate day) {
		return day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
