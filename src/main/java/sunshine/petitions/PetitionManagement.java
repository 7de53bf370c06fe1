package sunshine.petitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.ResponsibleUnit;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.notify.Contact;
import sunshine.notify.Notifications;
import sunshine.petitions.Petition.Action;
import sunshine.petitions.internal.PetitionRepository;
import sunshine.shared.PersonalDataCipher;
import sunshine.shared.PhoneNumber;
import sunshine.shared.TrackingCodes;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotFound;
import sunshine.shared.workflow.NotPermitted;
import sunshine.shared.workflow.TransitionTable.NoForm;

/**
 * The petition workflow's only writer: submissions from the public and registrations by staff, every
 * step of the seven, the citizen's rating and requests for 复查/复核. Checks who may act (role and
 * data scope) and leaves the state rules to {@link Petition}.
 */
@Service
@Transactional
public class PetitionManagement {

	/** The result of a successful submission: the codes the citizen keeps. */
	public record Receipt(String trackingCode, String queryCode) implements java.io.Serializable {
	}

	/** A submission that could not be registered: the problems, field by field. */
	public static class SubmissionRejected extends RuntimeException {
		private final List<Submission.Problem> problems;

		public SubmissionRejected(List<Submission.Problem> problems) {
			super("Submission rejected: " + problems);
			this.problems = List.copyOf(problems);
		}

		public List<Submission.Problem> problems() {
			return problems;
		}
	}

	private final PetitionRepository petitions;
	private final sunshine.petitions.internal.AttachmentRepository attachments;
	private final PetitionTimeLimits limits;
	private final PetitionCategories categories;
	private final AgencyLookup agencies;
	private final Clock clock;
	private final TransferOrgans transferOrgans;
	/** Looked up when used: the requests module calls back into this one to register routed matters. */
	private final org.springframework.beans.factory.ObjectProvider<sunshine.requests.DisclosureRequestManagement> applications;

	private final PersonalDataCipher personalData;
	private final org.springframework.context.ApplicationEventPublisher events;

	private final sunshine.shared.QueryCodes queryCodes;

	private final org.springframework.context.MessageSource messages;
	private final Notifications notifications;
	private final RepeatFinder repeats;

	/** The notification subject of a petition: {@code petition:<tracking code>}. */
	public static final String NOTIFY_SUBJECT_PREFIX = "petition:";

	PetitionManagement(PetitionRepository petitions, sunshine.petitions.internal.AttachmentRepository attachments,
			PetitionTimeLimits limits, PetitionCategories categories,
			AgencyLookup agencies, Clock clock, PersonalDataCipher personalData,
			org.springframework.context.ApplicationEventPublisher events, sunshine.shared.QueryCodes queryCodes,
			org.springframework.context.MessageSource messages, TransferOrgans transferOrgans,
			Notifications notifications, RepeatFinder repeats,
			org.springframework.beans.factory.ObjectProvider<sunshine.requests.DisclosureRequestManagement> applications) {
		this.applications = applications;
		this.repeats = repeats;
		this.transferOrgans = transferOrgans;
		this.notifications = notifications;
		this.queryCodes = queryCodes;
		this.messages = messages;
		this.events = events;
		this.personalData = personalData;
		this.petitions = petitions;
		this.attachments = attachments;
		this.limits = limits;
		this.categories = categories;
		this.agencies = agencies;
		this.clock = clock;
	}

	// The citizen ---------------------------------------------------------------------------------

	/** 网上投: a submission from the portal or the public API. */
	public Receipt submitOnline(Submission submission) {
		return register(submission, List.of(), true, "citizen", false);
	}

	/** 网上投 with attached files. */
	public Receipt submitOnline(Submission submission, List<PetitionAttachment.Upload> uploads) {
		return register(submission, uploads, true, "citizen", false);
	}

	/**
	 * 网上投 with the citizen's choice 是否公开: with {@code publish}, the message and the reply appear on
	 * the public message board once replied, personal data removed; without it, never.
	 */
	public Receipt submitOnline(Submission submission, List<PetitionAttachment.Upload> uploads, boolean publish) {
		return register(submission, uploads, true, "citizen", publish, Contact.NONE);
	}

	/**
	 * 网上投 with how the citizen asked to be told of each step ({@link Contact}: an e-mail address, SMS to
	 * the phone of the submission, WeChat).
	 */
	public Receipt submitOnline(Submission submission, List<PetitionAttachment.Upload> uploads, boolean publish,
			Contact contact) {
		return register(submission, uploads, true, "citizen", publish, contact);
	}

	/** The files attached to a petition in the user's scope. */
	@Transactional(readOnly = true)
	public List<PetitionAttachment> attachments(long petitionId, StaffUser user) {
		return find(petitionId, user).map(p -> attachments.findByPetitionIdOrderById(p.getId())).orElse(List.of());
	}

	/** An attached file's name, type and decrypted content, as downloaded. */
	public record AttachmentDownload(String fileName, String contentType, byte[] content) {
	}

	/**
	 * One attached file, decrypted, for the case staff of the petition's own agency only — the
	 * people who may see its petitioner's personal data in full (an attachment is a letter, an ID
	 * card, a photo: personal data). Staff above or beside it see the name, type and size, never the
	 * bytes. Each download is written to the audit log.
	 */
	@Transactional
	public Optional<AttachmentDownload> download(long petitionId, long attachmentId, StaffUser user) {
		return find(petitionId, user).filter(p -> user.mayRevealPersonalDataOf(p.getAgencyId()))
				.flatMap(p -> attachments.findById(attachmentId).filter(a -> a.getPetitionId() == petitionId).map(a -> {
					byte[] content = personalData.decryptBytes(a.getContent());
					events.publishEvent(new sunshine.shared.PersonalDataRevealed("petition:" + p.getTrackingCode(),
							"attachment:" + a.getId() + ":" + a.getFileName(), "download"));
					return new AttachmentDownload(a.getFileName(), a.getContentType(), content);
				}));
	}

	/** Whether the user may download the petition's attachments (the case staff of its own agency). */
	@Transactional(readOnly = true)
	public boolean mayDownloadAttachments(long petitionId, StaffUser user) {
		return find(petitionId, user).filter(p -> user.mayRevealPersonalDataOf(p.getAgencyId())).isPresent();
	}

	/** The names of the files the citizen attached (for tracking). */
	@Transactional(readOnly = true)
	public List<String> attachmentNames(long petitionId) {
		return attachments.findByPetitionIdOrderById(petitionId).stream().map(PetitionAttachment::getFileName).toList();
	}

	/** 登记: a registrar records a letter, a visit or a call (or an online item downloaded elsewhere). */
	public Receipt registerByStaff(Submission submission, StaffUser user) {
		requireRole(user, Role.REGISTRAR);
		return register(submission, List.of(), false, user.username(), false);
	}

	private Receipt register(Submission submission, List<PetitionAttachment.Upload> uploads, boolean online,
			String actor, boolean publish) {
		return register(submission, uploads, online, actor, publish, Contact.NONE);
	}

	private Receipt register(Submission submission, List<PetitionAttachment.Upload> uploads, boolean online,
			String actor, boolean publish, Contact contact) {
		var problems = new java.util.ArrayList<>(submission.problems(online));
		problems.addAll(PetitionAttachment.problems(uploads));
		Optional<Agency> agency = Optional.empty();
		if (submission.agency() != null && !submission.agency().isBlank()) {
			agency = agencies.workingByCode(submission.agency().strip());
			if (agency.isEmpty()) {
				problems.add(new Submission.Problem("agency", "petitions.error.agency.unknown",
						List.of(submission.agency())));
			}
		}
		if (!Contact.validEmail(contact.email())) {
			problems.add(new Submission.Problem("email", "petitions.error.email.invalid", List.of()));
		}
		var category = categories.find(submission.category());
		if (submission.category() != null && !submission.category().isBlank() && category.isEmpty()) {
			problems.add(new Submission.Problem("category", "petitions.error.category.unknown",
					List.of(submission.category())));
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRejected(problems);
		}
		Instant now = Instant.now(clock);
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		String queryCode = TrackingCodes.queryCode();
		String phone = submission.phone() == null || submission.phone().isBlank() ? null
				: PhoneNumber.parse(submission.phone()).map(PhoneNumber::value).orElse(submission.phone().strip());
		var petitioner = new Petitioner(submission.name().strip(), blankToNull(submission.idNumber(), true), phone,
				blankToNull(submission.address(), false));
		Channel channel = Channel.parse(submission.channel()).orElseThrow();
		String trackingCode = TrackingCodes.trackingCode("XF", today.getYear());
		Petition petition = Petition.register(agency.orElseThrow().getId(),
				trackingCode, queryCodes.hash(trackingCode, queryCode), channel, category.orElseThrow().code(),
				submission.title().strip(), submission.content().strip(), petitioner,
				submission.visitors() == null ? 1 : submission.visitors(), today, now, actor, ReviewLevel.FIRST, null,
				limits);
		petition.indexIdentity(personalData::blindIndex, personalData::phoneIndex);
		if (publish) {
			petition.consentToPublication();
		}
		notifications.subscribe(NOTIFY_SUBJECT_PREFIX + trackingCode, agency.orElseThrow().getId(),
				contact.phone() == null && phone != null
						? new Contact(contact.email(), phone, contact.wechatOpenId(), contact.channels())
						: contact);
		petitions.save(petition);
		for (var upload : uploads) {
			attachments.save(new PetitionAttachment(petition.getId(), upload, personalData.encryptBytes(upload.content()), now));
		}
		return new Receipt(petition.getTrackingCode(), queryCode);
	}

	/**
	 * Registers, by the registrar, a petition routed from an application for disclosure (第三十九条第一款): the
	 * same citizen and content, category 其他, the channel the application came by (online: 网上投诉; otherwise
	 * 来信), linked back to the application.
	 */
	public Receipt registerRouted(long agencyId, boolean online, String name, String idNumber, String phone,
			String address, String content, String fromTrackingCode, StaffUser user) {
		requireRole(user, Role.REGISTRAR);
		Agency agency = agencies.byId(agencyId).orElseThrow();
		String text = content.strip();
		String title = messages.getMessage("petitions.routed.title", new Object[] { fromTrackingCode },
				Locale.SIMPLIFIED_CHINESE);
		var submission = new Submission(agency.getCode(), (online ? Channel.ONLINE_COMPLAINT : Channel.LETTER).name(),
				name.length() > 50 ? name.substring(0, 50) : name,
				idNumber != null && sunshine.shared.ChineseIdNumber.isValid(idNumber.strip()) ? idNumber : null,
				phone != null && PhoneNumber.parse(phone).isPresent() ? phone : null,
				address != null && address.strip().length() <= 200 ? address : null, title,
				text.length() > Submission.CONTENT_MAX ? text.substring(0, Submission.CONTENT_MAX) : text, "OTHER", null);
		try {
			Receipt receipt = register(submission, List.of(), false, user.username(), false);
			Petition petition = petitions.findByTrackingCode(receipt.trackingCode()).orElseThrow();
			petition.routedFrom(fromTrackingCode);
			petitions.save(petition);
			return receipt;
		}
		catch (SubmissionRejected e) {
			throw new IllegalTransition("petitions.error.routeFailed");
		}
	}

	/** The portal's application form for disclosure, pre-filled with the petition's agency and what it asks. */
	String applicationLinkFor(Petition p) {
		String agencyCode = agencies.byId(p.getAgencyId()).map(Agency::getCode).orElse("");
		String asked = p.getTitle() + "：" + p.getContent();
		if (asked.length() > 300) {
			asked = asked.substring(0, 300);
		}
		return org.springframework.web.util.UriComponentsBuilder.fromPath("/requests/apply")
				.queryParam("agency", agencyCode).queryParam("description", asked).encode().build().toUriString();
	}

	/** The petition, if the tracking code and the query code match; nothing otherwise. */
	@Transactional(readOnly = true)
	public Optional<Petition> track(String trackingCode, String queryCode) {
		if (trackingCode == null || queryCode == null) {
			return Optional.empty();
		}
		return petitions.findByTrackingCode(trackingCode.strip().toUpperCase(Locale.ROOT))
				.filter(p -> queryCodes.matches(p.getQueryCodeHash(), p.getTrackingCode(), queryCode,
						() -> legacyHash(queryCode)) || openedByItsApplication(p, queryCode));
	}

	/**
	 * A petition routed from an application (条例 第三十九条) opens with that application's query code: the
	 * applicant already holds it, so the letter need not write a new secret down (only its hash is kept).
	 */
	private boolean openedByItsApplication(Petition petition, String queryCode) {
		return petition.getRoutedFrom() != null
				&& applications.getObject().track(petition.getRoutedFrom(), queryCode).isPresent();
	}

	/** 网上评: the citizen rates the reply. */
	public void rate(String trackingCode, String queryCode, Rating rating) {
		Petition petition = track(trackingCode, queryCode).orElseThrow(
				() -> new NotFound("petitions.error.notFound"));
		Instant now = Instant.now(clock);
		petition.rate(rating, LocalDate.ofInstant(now, clock.getZone()), now, limits);
		petitions.save(petition);
	}

	/**
	 * 复查 / 复核: the citizen, dissatisfied with the opinion, asks the body one level up. A new matter
	 * is registered there, linked to this one, under the same query code.
	 *
	 * @return the tracking code of the new matter
	 */
	public String requestReview(String trackingCode, String queryCode, String reason) {
		Petition petition = track(trackingCode, queryCode).orElseThrow(
				() -> new NotFound("petitions.error.notFound"));
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A reason is required");
		}
		Agency here = agencies.byId(petition.getAgencyId()).orElseThrow();
		Instant now = Instant.now(clock);
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		if (petition.getReviewLevel().next().isPresent() && here.getParentId() == null) {
			throw new IllegalTransition("petitions.error.noHigherBody");
		}
		ReviewLevel next = petition.requestNextLevel(today, now, limits);
		Agency higher = agencies.byId(here.getParentId()).orElseThrow();
		petitions.save(petition);
		String reviewCode = TrackingCodes.trackingCode("XF", today.getYear());
		Petition review = Petition.register(higher.getId(), reviewCode,
				queryCodes.hash(reviewCode, queryCode), petition.getChannel(), petition.getCategoryCode(),
				(next == ReviewLevel.REVIEW ? "【复查】" : "【复核】") + petition.getTitle(), reason.strip(),
				petition.getPetitioner(), 1, today, now, "citizen", next, petition.getId(), limits);
		review.indexIdentity(personalData::blindIndex, personalData::phoneIndex);
		notifications.subscribe(NOTIFY_SUBJECT_PREFIX + reviewCode, higher.getId(),
				notifications.contactOf(NOTIFY_SUBJECT_PREFIX + petition.getTrackingCode()).orElse(Contact.NONE));
		petitions.save(review);
		return review.getTrackingCode();
	}

	// Staff ---------------------------------------------------------------------------------------

	/** The petition, if it lies in the user's data scope. */
	@Transactional(readOnly = true)
	public Optional<Petition> find(long id, StaffUser user) {
		var scope = agencies.scopeOf(user);
		return petitions.findById(id).filter(p -> scope.includes(p.getAgencyId()));
	}

	/**
	 * Records that the user revealed the petitioner's full personal data, and says whether they may:
	 * only a role that works cases, in the petition's own agency ({@link StaffUser#mayRevealPersonalDataOf}).
	 * A refused reveal records nothing.
	 */
	public boolean revealPersonalData(long id, StaffUser user, String reason) {
		var petition = find(id, user).filter(p -> user.mayRevealPersonalDataOf(p.getAgencyId()));
		petition.ifPresent(p -> events.publishEvent(new sunshine.shared.PersonalDataRevealed(
				"petition:" + p.getTrackingCode(), p.getPetitioner().personalDetails(false).presentFields(),
				reason)));
		return petition.isPresent();
	}

	/**
	 * Takes a workflow action on the petition with its form, as {@link PetitionWorkflow#TABLE} allows:
	 * the caller needs a role of the action's row and the petition must belong to the caller's own
	 * agency (督办 reaches the agencies below); the petition's state and the conditions of law are checked
	 * by the aggregate. Refusals: {@link NotPermitted} (role or agency), {@link IllegalTransition} (state, law).
	 */
	public void act(long id, Action action, Record form, StaffUser user) {
		Petition p = actionable(id, action, user);
		Instant now = Instant.now(clock);
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		String actor = user.username();
		switch (action) {
			case ACCEPT -> p.accept(today, now, actor, limits);
			case REJECT -> p.reject(form(form, PetitionWorkflow.Reason.class).reason(), today, now, actor);
			case TRANSFER -> {
				String to = form(form, PetitionWorkflow.Transfer.class).to().strip();
				if (!transferTargets(p).contains(to)) {
					throw new IllegalTransition("petitions.error.to.agency.unknown", to);
				}
				p.transfer(to, today, now, actor);
				answerRepeats(p, today, now, actor);
			}
			case ASSIGN -> {
				long unitId = form(form, PetitionWorkflow.Assign.class).unitId();
				ResponsibleUnit unit = agencies.unitsOf(p.getAgencyId()).stream().filter(u -> u.getId() == unitId)
						.findFirst().orElseThrow(() -> new IllegalTransition("petitions.error.unit.unknown"));
				p.assign(unit.getId(), unit.getName(), today, now, actor, limits);
			}
			case CLAIM -> p.claim(now, actor);
			case HAND_BACK -> p.handBack(form(form, PetitionWorkflow.Reason.class).reason(), now, actor);
			case EXTEND -> {
				var extend = form(form, PetitionWorkflow.Extend.class);
				p.extend(extend.days(), extend.reason(), extend.approvedBy(), now, actor, limits);
			}
			case SUBMIT_DRAFT -> p.submitDraft(form(form, PetitionWorkflow.Draft.class).text(), now, actor);
			case APPROVE -> p.approve(now, actor);
			case RETURN_FOR_REWORK -> p.returnForRework(form(form, PetitionWorkflow.Reason.class).reason(), now, actor);
			case SIGN -> p.sign(now, actor);
			case REPLY -> {
				p.reply(today, now, actor);
				answerRepeats(p, today, now, actor);
			}
			case MERGE -> {
				String into = form(form, PetitionWorkflow.Merge.class).into().strip().toUpperCase(Locale.ROOT);
				Petition main = petitions.findByTrackingCode(into).filter(m -> m.getAgencyId().equals(p.getAgencyId()))
						.orElseThrow(() -> new IllegalTransition("petitions.error.repeat.unknown", into));
				if (main.isRepeat()) {
					main = petitions.findById(main.getRepeatOf()).orElseThrow();
				}
				if (!repeats.samePerson(p, main)) {
					throw new IllegalTransition("petitions.error.repeat.otherPerson", main.getTrackingCode());
				}
				p.mergeInto(main, today, now, actor);
			}
			case ANALYSE -> p.analyse(form(form, PetitionWorkflow.Analyse.class).report(), now, actor);
			case ARCHIVE -> p.archive(today, now, actor);
			case ROUTE_TO_DISCLOSURE -> {
				String link = applicationLinkFor(p);
				p.routeToDisclosure(messages.getMessage("petitions.routed.reason", new Object[] { link },
						Locale.SIMPLIFIED_CHINESE), link, today, now, actor);
			}
			case SUPERVISE, HEARING -> throw new NotFound("petitions.error.action.unknown");
		}
		petitions.save(p);
	}

	/**
	 * 统一回复 reaches the repeats: each petition merged into this one gets its answer (the reply, or where the
	 * matter was forwarded), recorded in its own file and told to its own petitioner.
	 */
	private void answerRepeats(Petition main, LocalDate today, Instant now, String actor) {
		for (Petition repeat : petitions.findByRepeatOfAndStatus(main.getId(), PetitionStatus.MERGED)) {
			repeat.answerWith(main, today, now, actor);
			petitions.save(repeat);
		}
	}

	// 重复信访 ------------------------------------------------------------------------------------

	/**
	 * The petitions that may be the same matter as this one ({@link RepeatFinder}), for the case staff of its
	 * own agency — the people who may see that a citizen wrote before. Another agency's petition, or one
	 * outside the caller's scope, is not found; a role that does not work cases is refused.
	 */
	@Transactional(readOnly = true)
	public List<RepeatFinder.Candidate> related(String trackingCode, StaffUser user) {
		Petition petition = byCode(trackingCode, user);
		if (!user.mayRevealPersonalDataOf(petition.getAgencyId())) {
			throw new NotPermitted("petitions.error.repeat.role");
		}
		return repeats.related(petition);
	}

	/** The candidates for a petition already found in the user's scope (the case page). */
	@Transactional(readOnly = true)
	public List<RepeatFinder.Candidate> related(Petition petition, StaffUser user) {
		return user.mayRevealPersonalDataOf(petition.getAgencyId()) ? repeats.related(petition) : List.of();
	}

	/**
	 * 合并为重复件: merges the petition into the matter of {@code into} (its first petition), by the
	 * registrar of the petition's own agency ({@link PetitionWorkflow#TABLE}).
	 *
	 * @return the merged petition
	 */
	public Petition merge(String trackingCode, String into, StaffUser user) {
		requireRoleFor(Action.MERGE, user);
		Petition petition = byCode(trackingCode, user);
		act(petition.getId(), Action.MERGE, new PetitionWorkflow.Merge(into), user);
		return petitions.findById(petition.getId()).orElseThrow();
	}

	/** The petition of a tracking code in the user's data scope; {@link NotFound} otherwise. */
	@Transactional(readOnly = true)
	public Petition byCode(String trackingCode, StaffUser user) {
		var scope = agencies.scopeOf(user);
		return petitions.findByTrackingCode(trackingCode == null ? "" : trackingCode.strip().toUpperCase(Locale.ROOT))
				.filter(p -> scope.includes(p.getAgencyId()))
				.orElseThrow(() -> new NotFound("petitions.error.notFound"));
	}

	/** The organs the petition may be 转送 to, in the order the page lists them ({@link TransferOrgans}). */
	@Transactional(readOnly = true)
	public List<String> transferTargets(Petition petition) {
		return transferOrgans.from(agencies.byId(petition.getAgencyId()).orElseThrow(), agencies.tree());
	}

	/** Refuses, before any input is read, a caller who holds none of the roles of the action. */
	public void requireRoleFor(Action action, StaffUser user) {
		if (PetitionWorkflow.TABLE.rolesFor(action).stream().noneMatch(user::has)) {
			throw new NotPermitted("petitions.error.role", action.name());
		}
	}

	/** The actions the user may take on the petition now: its state, the law, their roles and agency. */
	@Transactional(readOnly = true)
	public java.util.Set<Action> actionsFor(Petition petition, StaffUser user) {
		var actions = PetitionWorkflow.TABLE.allowedTo(petition, user.roles());
		if (petition.getAgencyId() != user.agencyId()) {
			actions.removeIf(a -> !reachesBelow(a));
		}
		return actions;
	}

	public void accept(long id, StaffUser user) {
		act(id, Action.ACCEPT, new NoForm(), user);
	}

	public void reject(long id, String reason, StaffUser user) {
		act(id, Action.REJECT, new PetitionWorkflow.Reason(reason), user);
	}

	public void transfer(long id, String toAgency, StaffUser user) {
		act(id, Action.TRANSFER, new PetitionWorkflow.Transfer(toAgency), user);
	}

	public void assign(long id, long unitId, StaffUser user) {
		act(id, Action.ASSIGN, new PetitionWorkflow.Assign(unitId), user);
	}

	public void claim(long id, StaffUser user) {
		act(id, Action.CLAIM, new NoForm(), user);
	}

	public void submitDraft(long id, String text, StaffUser user) {
		act(id, Action.SUBMIT_DRAFT, new PetitionWorkflow.Draft(text), user);
	}

	public void approve(long id, StaffUser user) {
		act(id, Action.APPROVE, new NoForm(), user);
	}

	public void sign(long id, StaffUser user) {
		act(id, Action.SIGN, new NoForm(), user);
	}

	public void reply(long id, StaffUser user) {
		act(id, Action.REPLY, new NoForm(), user);
	}

	public void analyse(long id, String report, StaffUser user) {
		act(id, Action.ANALYSE, new PetitionWorkflow.Analyse(report), user);
	}

	/**
	 * 分析通报 for a period: every replied petition of the user's agency answered in the period is counted
	 * in the named analysis report circulated to the units.
	 *
	 * @return how many petitions the report covers
	 */
	public int analysePeriod(LocalDate from, LocalDate to, String report, StaffUser user) {
		if (!PetitionWorkflow.TABLE.rolesFor(Action.ANALYSE).stream().anyMatch(user::has)) {
			throw new NotPermitted("petitions.error.role");
		}
		if (report == null || report.isBlank()) {
			throw new IllegalArgumentException("A report title is required");
		}
		var ids = petitions.findIdsToAnalyse(user.agencyId(), PetitionStatus.REPLIED, from, to);
		for (Long id : ids) {
			analyse(id, report, user);
		}
		return ids.size();
	}

	/**
	 * The earlier matters of the same petitioner, in the same category, that ended with a 复核 opinion:
	 * the same facts and reasons are not accepted again (三级终结), so the registrar is warned.
	 */
	@Transactional(readOnly = true)
	public java.util.List<String> finalMattersLike(Petition petition) {
		if (petition.getPetitioner().idNumber() == null) {
			return List.of();
		}
		return petitions.findFinalMatters(personalData.blindIndex(petition.getPetitioner().idNumber()), petition.getCategoryCode(),
				ReviewLevel.RE_REVIEW, petition.getId());
	}

	/**
	 * The petition, for an action of the table: the caller holds a role of the action, and the petition
	 * belongs to their own agency (or, for an action that reaches below such as 督办, to their scope).
	 */
	private Petition actionable(long id, Action action, StaffUser user) {
		var roles = PetitionWorkflow.TABLE.rolesFor(action);
		Role role = roles.stream().filter(user::has).findFirst()
				.orElseThrow(() -> new NotPermitted("petitions.error.role", action.name()));
		Petition petition = petitions.findById(id)
				.orElseThrow(() -> new NotFound("petitions.error.notFound"));
		boolean reachable = reachesBelow(action) ? agencies.scopeOf(user, role).includes(petition.getAgencyId())
				: petition.getAgencyId() == user.agencyId();
		if (!reachable) {
			throw new NotPermitted("petitions.error.notFound"); // another agency's matter: as if there were none
		}
		PetitionWorkflow.TABLE.checkRole(petition, action, user.roles());
		return petition;
	}

	/** Only 督办 reaches the agencies below; every other step is the holding agency's own. */
	private static boolean reachesBelow(Action action) {
		return action == Action.SUPERVISE;
	}

	private static <F extends Record> F form(Record form, Class<F> type) {
		if (!type.isInstance(form)) {
			throw new IllegalArgumentException("Expected " + type.getSimpleName() + ", got " + form);
		}
		return type.cast(form);
	}

	/** The petition, for the supervision and hearing records that annotate its file. */
	Petition annotate(long id, StaffUser user, Role role, PetitionEvents.Factory event, String text) {
		requireRole(user, role);
		var scope = agencies.scopeOf(user, role);
		Petition petition = petitions.findById(id).filter(p -> scope.includes(p.getAgencyId()))
				.orElseThrow(() -> new NotFound("petitions.error.notFound"));
		petition.note(event, text, Instant.now(clock), user.username());
		petitions.save(petition);
		return petition;
	}

	/** Recomputes a 复核's deadline without its hearing days. */
	void recountWithoutHearings(long id, java.util.Collection<LocalDate> days) {
		Petition petition = petitions.findById(id).orElseThrow();
		petition.countWithoutHearings(days, Instant.now(clock), "system", limits);
		petitions.save(petition);
	}

	/** A note in the file by the system itself (escalation). */
	Petition annotateBySystem(long id, PetitionEvents.Factory event, String text) {
		Petition petition = petitions.findById(id).orElseThrow();
		petition.note(event, text, Instant.now(clock), "system");
		petitions.save(petition);
		return petition;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Instant now() {
		return Instant.now(clock);
	}

	private static void requireRole(StaffUser user, Role role) {
		if (!user.has(role)) {
			throw new NotPermitted("petitions.error.role", role.name());
		}
	}

	private static String blankToNull(String text, boolean upper) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return upper ? text.strip().toUpperCase(Locale.ROOT) : text.strip();
	}

	/** The unkeyed digest petitions stored before {@link sunshine.shared.QueryCodes} (SHA-256 of the query code alone). */
	static String legacyHash(String queryCode) {
		return sunshine.shared.QueryCodes.sha256Hex(queryCode.strip().toUpperCase(Locale.ROOT));
	}
}
