package sunshine.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.AgencyLookup;
import sunshine.documents.DocumentRendering;
import sunshine.documents.OfficialLetter;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotFound;

/**
 * Writes a petition's notices ({@link PetitionNoticeKind}) from the wording in the {@code petitions} bundle —
 * always in Chinese, the language of official documents — as {@link OfficialLetter}s rendered by the
 * {@code documents} module, the same way {@code requests} writes its letters. The citizen downloads them
 * with the tracking and query codes; each download is audited.
 */
@Service
public class PetitionNotices {

	private final DocumentRendering rendering;
	private final AgencyLookup agencies;
	private final MessageSource messages;
	private final PetitionTimeLimits limits;
	private final PetitionManagement petitions;
	private final ApplicationEventPublisher events;

	PetitionNotices(DocumentRendering rendering, AgencyLookup agencies, MessageSource messages, PetitionTimeLimits limits,
			PetitionManagement petitions, ApplicationEventPublisher events) {
		this.rendering = rendering;
		this.agencies = agencies;
		this.messages = messages;
		this.limits = limits;
		this.petitions = petitions;
		this.events = events;
	}

	/** The notices that exist for the petition, in the order of the steps. */
	public List<PetitionNoticeKind> available(Petition petition) {
		return Arrays.stream(PetitionNoticeKind.values()).filter(kind -> kind.appliesTo(petition)).toList();
	}

	/** A downloaded notice. */
	public record Download(String fileName, byte[] content) {
	}

	/**
	 * The citizen's download: the notice as PDF or Word ({@code docx}) if the codes match and the notice
	 * exists; recorded in the audit log.
	 *
	 * @throws NotFound when the codes do not match or the notice does not exist yet
	 */
	@Transactional
	public Download download(String trackingCode, String queryCode, PetitionNoticeKind kind, String format) {
		Petition petition = petitions.track(trackingCode, queryCode).filter(kind::appliesTo)
				.orElseThrow(() -> new NotFound("petitions.error.notFound"));
		boolean word = "docx".equals(format);
		OfficialLetter letter = letter(petition, kind);
		byte[] content = word ? rendering.docx(letter) : rendering.pdf(letter);
		events.publishEvent(new PetitionEvents.NoticeDownloaded(petition.getTrackingCode(), kind, word ? "docx" : "pdf"));
		return new Download(kind.fileName(petition.getTrackingCode()), content);
	}

	public byte[] pdf(Petition petition, PetitionNoticeKind kind) {
		return rendering.pdf(letter(petition, kind));
	}

	public byte[] docx(Petition petition, PetitionNoticeKind kind) {
		return rendering.docx(letter(petition, kind));
	}

	/** The notice's content; {@code kind} must apply to the petition. */
	public OfficialLetter letter(Petition petition, PetitionNoticeKind kind) {
		if (!kind.appliesTo(petition)) {
			throw new IllegalTransition("petitions.error.noticeNotApplicable");
		}
		String agency = agencies.byId(petition.getAgencyId()).map(a -> a.getName()).orElse("");
		String regulation = text("petitions.notice.regulation." + Regulation.forMatterReceivedOn(petition.getReceivedOn()).name());
		String received = cn(petition.getReceivedOn());
		String title = petition.getTitle();
		List<String> paragraphs = new ArrayList<>();
		LocalDate date = petition.getAnsweredOn();
		switch (kind) {
			case ACCEPTANCE -> {
				date = petition.getAcceptedOn();
				paragraphs.add(text("petitions.notice.ACCEPTANCE.body", received, title, regulation,
						cn(petition.getCompletionDue())));
			}
			case REJECTION -> paragraphs.add(text("petitions.notice.REJECTION.body", received, title,
					petition.getRefusalReason()));
			case TRANSFER -> paragraphs.add(text("petitions.notice.TRANSFER.body", received, title,
					petition.getTransferredTo(), regulation));
			case ASSIGNMENT -> {
				date = petition.getAssignedOn();
				paragraphs.add(text("petitions.notice.ASSIGNMENT.body", received, title, petition.getUnitName(),
						cn(petition.getDueOn() == null ? petition.getCompletionDue() : petition.getDueOn())));
			}
			case OPINION, REVIEW_OPINION, RE_REVIEW_OPINION -> {
				paragraphs.add(text("petitions.notice." + kind.name() + ".opening", received, title));
				paragraphs.add(petition.getReply());
				if (kind == PetitionNoticeKind.RE_REVIEW_OPINION) {
					paragraphs.add(text("petitions.notice.RE_REVIEW_OPINION.final"));
				}
				else {
					paragraphs.add(text("petitions.notice." + kind.name() + ".remedy", cn(limits
							.reviewRequestWindow(petition.getAnsweredOn(), petition.getReceivedOn(), petition.getReviewLevel())
							.due())));
				}
			}
		}
		return new OfficialLetter(agency, text("petitions.notice." + kind.name() + ".title"),
				text("petitions.notice.number", petition.getTrackingCode()), petition.getPetitioner().name(), paragraphs,
				List.of(), agency, date == null ? petition.getReceivedOn() : date);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	static String cn(LocalDate day) {
		return day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}
}
