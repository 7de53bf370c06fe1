package sunshine.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.notify.Contact;
import sunshine.notify.Notifications;
import sunshine.agency.StaffUser;
import sunshine.calendar.CalendarManagement;
import sunshine.calendar.CalendarYearReplaced;
import sunshine.calendar.Deadline;
import sunshine.requests.internal.DisclosureRequestRepository;
import sunshine.requests.internal.RemedyRepository;
import sunshine.shared.PersonalDataCipher;
import sunshine.shared.TrackingCodes;
import sunshine.requests.DisclosureRequest.Action;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotFound;
import sunshine.shared.workflow.NotPermitted;
import sunshine.shared.workflow.TransitionTable.NoForm;

/**
 * Registers applications and carries out what staff decide on them — the only caller of
 * {@link DisclosureRequest}'s verbs. Staff act only on their own agency's requests. Legal days are
 * taken in the clock's zone (Asia/Shanghai).
 */
@Service
@Transactional
public class DisclosureRequestManagement implements DueDates {

	/** Tracking codes of disclosure requests start with this prefix, e.g. {@code GK-2025-7KQ4M9TZ}. */
	public static final String TRACKING_PREFIX = "GK";

	/** The notification subject of a request: {@code request:<tracking code>}. */
	public static final String NOTIFY_SUBJECT_PREFIX = "request:";

	private final DisclosureRequestRepository requests;
	private final RemedyRepository remedies;
	private final AgencyLookup agencies;
	private final CalendarManagement calendar;
	private final MessageSource messages;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
	private final Clock clock;

	private final PersonalDataCipher personalData;
	private final org.springframework.context.ApplicationEventPublisher events;

	private final sunshine.shared.QueryCodes queryCodes;

	private final org.springframework.beans.factory.ObjectProvider<PetitionRouting> petitionRouting;

	private final sunshine.disclosure.DisclosureManagement catalogue;

	private final sunshine.disclosure.DisclosureQueries catalogueQueries;

	private final Notifications notifications;

	DisclosureRequestManagement(DisclosureRequestRepository requests, RemedyRepository remedies, AgencyLookup agencies,
			CalendarManagement calendar, MessageSource messages, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			Clock clock, PersonalDataCipher personalData, org.springframework.context.ApplicationEventPublisher events,
			sunshine.shared.QueryCodes queryCodes,
			org.springframework.beans.factory.ObjectProvider<PetitionRouting> petitionRouting,
			sunshine.disclosure.DisclosureManagement catalogue, sunshine.disclosure.DisclosureQueries catalogueQueries,
			Notifications notifications) {
		this.notifications = notifications;
		this.queryCodes = queryCodes;
		this.petitionRouting = petitionRouting;
		this.catalogue = catalogue;
		this.catalogueQueries = catalogueQueries;
		this.events = events;
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.requests = requests;
		this.remedies = remedies;
		this.agencies = agencies;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	/** What the applicant is told once: the codes to follow the request, and its dates. */
	public record Submission(String trackingCode, String queryCode, LocalDate receivedOn, LocalDate dueOn)
			implements java.io.Serializable {
	}

	/**
	 * An application from the portal (form or JSON API): received per 第三十一条 on the day it is
	 * confirmed — today, or the next working day when submitted on a day off.
	 *
	 * @throws InvalidApplication naming every bad field; nothing is stored
	 */
	public Submission submitOnline(RequestApplication application) {
		return submitOnline(application, defaultContact(application));
	}

	/**
	 * The same, with how the applicant asked to be told of each step ({@link Contact}): the e-mail address
	 * of the application and/or SMS to its phone.
	 */
	public Submission submitOnline(RequestApplication application, Contact contact) {
		List<RequestApplication.Problem> problems = new java.util.ArrayList<>(application.problems());
		Agency agency = application.agency() == null ? null
				: agencies.workingByCode(application.agency().strip()).orElse(null);
		if (agency == null && problems.stream().noneMatch(p -> p.field().equals("agency"))) {
			problems.add(0, new RequestApplication.Problem("agency", "requests.error.agencyUnknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidApplication(problems);
		}
		LocalDate today = today();
		return register(agency, IntakeChannel.ONLINE, today, null, application, "anonymous", contact);
	}

	/**
	 * An application staff register (the registrar's step): handed in, by letter, fax or e-mail.
	 *
	 * @param arrivedOn the day it was handed in or arrived
	 * @param confirmedOn for mail the day it was signed for or confirmed with the applicant; for fax
	 *        and e-mail the day both sides confirmed; may be {@code null}
	 */
	public Submission registerOnBehalf(StaffUser user, IntakeChannel channel, LocalDate arrivedOn, LocalDate confirmedOn,
			RequestApplication application) {
		if (!user.has(sunshine.agency.Role.REGISTRAR)) {
			throw new NotPermitted("requests.error.role", "REGISTER");
		}
		if (channel == IntakeChannel.ONLINE) {
			throw new IllegalArgumentException("Online applications come through the portal");
		}
		List<RequestApplication.Problem> problems = new java.util.ArrayList<>(application.problems());
		problems.removeIf(p -> p.field().equals("agency"));
		if (arrivedOn == null) {
			problems.add(0, new RequestApplication.Problem("arrivedOn", "requests.error.arrivedOn"));
		}
		else if (arrivedOn.isAfter(today()) || (confirmedOn != null && confirmedOn.isAfter(today()))) {
			problems.add(0, new RequestApplication.Problem("arrivedOn", "requests.error.future"));
		}
		else if (confirmedOn != null && confirmedOn.isBefore(arrivedOn)) {
			problems.add(0, new RequestApplication.Problem("confirmedOn", "requests.error.confirmedBeforeArrival"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidApplication(problems);
		}
		Agency agency = agencies.byId(user.agencyId()).orElseThrow();
		return register(agency, channel, arrivedOn, confirmedOn, application, user.username());
	}

	/** Without a choice, an application that gives an e-mail address is told of its steps by e-mail. */
	private static Contact defaultContact(RequestApplication application) {
		return Contact.chosen(application.email(), application.phone(), null, null);
	}

	private Submission register(Agency agency, IntakeChannel channel, LocalDate arrivedOn, LocalDate confirmedOn,
			RequestApplication application, String actor) {
		return register(agency, channel, arrivedOn, confirmedOn, application, actor, defaultContact(application));
	}

	private Submission register(Agency agency, IntakeChannel channel, LocalDate arrivedOn, LocalDate confirmedOn,
			RequestApplication application, String actor, Contact contact) {
		LocalDate receivedOn = ReceiptDateRule.receivedOn(channel, arrivedOn, confirmedOn, calendar.calendar());
		String trackingCode = TrackingCodes.trackingCode(TRACKING_PREFIX, receivedOn.getYear());
		String queryCode = TrackingCodes.queryCode();
		Applicant applicant = application.applicant();
		applicant.indexKey(personalData::blindIndex, personalData::phoneIndex);
		var request = new DisclosureRequest(agency.getId(), agency.getCode(), trackingCode,
				queryCodes.hash(trackingCode, queryCode), channel, arrivedOn, receivedOn, applicant,
				application.description().strip(), RequestApplication.emptyToNull(application.purpose()),
				application.deliveryOrDefault(), now(), actor, this);
		notifications.subscribe(NOTIFY_SUBJECT_PREFIX + trackingCode, agency.getId(), contact);
		requests.save(request);
		return new Submission(trackingCode, queryCode, receivedOn, request.getDueOn());
	}

	/**
	 * Takes a workflow action on a request with its form, as {@link RequestWorkflow#TABLE} allows: the
	 * caller needs a role of the action's row and the request must be their own agency's; the state and
	 * the conditions of law are checked by the aggregate. A day ({@code on}) left empty is today; a
	 * day in the future is refused. Refusals: {@link NotPermitted}, {@link NotFound}, {@link IllegalTransition}.
	 */
	public void act(StaffUser user, long id, Action action, Record form) {
		DisclosureRequest request = actionable(user, id, action);
		Instant now = now();
		String actor = user.username();
		switch (action) {
			case ACCEPT -> request.accept(day(form(form, RequestWorkflow.Dated.class).on()), now, actor);
			case REQUEST_CORRECTION -> {
				var correction = form(form, RequestWorkflow.Correction.class);
				LocalDate noticeDeadline = calendar.deadline(AnswerClock.correctionNoticePlan(request.getReceivedOn())).due();
				request.requestCorrection(day(correction.on()), noticeDeadline, correction.note().strip(),
						correction.supplementBy(), now, actor);
			}
			case SUPPLEMENT -> request.supplement(day(form(form, RequestWorkflow.Dated.class).on()), now, actor, this);
			case ABANDON -> request.abandon(today(), now, actor);
			case CONSULT -> {
				var consult = form(form, RequestWorkflow.Consult.class);
				request.startConsultation(consult.kindOrDefault(), consult.party().strip(), day(consult.on()), now, actor,
						this);
			}
			case END_CONSULTATION -> request.endConsultation(day(form(form, RequestWorkflow.Dated.class).on()), now, actor,
					this);
			case EXTEND -> {
				var extend = form(form, RequestWorkflow.Extend.class);
				request.extend(extend.days(), extend.approvedBy(), extend.reason(), day(extend.on()), now, actor, this);
			}
			case SET_AGENCY_DATE -> {
				var date = form(form, RequestWorkflow.AgencyDate.class);
				request.setAgencyDate(date.date(), date.reason(), today(), now, actor, this);
			}
			case NOTIFY_FEE -> {
				var fee = form(form, RequestWorkflow.Fee.class);
				LocalDate on = day(fee.on());
				int yuan = fee.methodOrDefault() == ProcessingFee.Method.PER_PAGE
						? ProcessingFee.perPage(fee.pages() == null ? 0 : fee.pages())
						: ProcessingFee.perRequest(nthInMonth(request));
				LocalDate payBy = calendar.deadline(AnswerClock.paymentPlan(on)).due();
				request.notifyFee(fee.methodOrDefault(), yuan, on, payBy, now, actor, this);
			}
			case RECORD_PAYMENT -> request.recordPayment(day(form(form, RequestWorkflow.Dated.class).on()), now, actor,
					this);
			case LAPSE_FEE -> request.lapseFee(today(), now, actor);
			case DRAFT_ANSWER -> {
				var draft = form(form, RequestWorkflow.Draft.class);
				request.draftAnswer(draft.outcome(), draft.text(), today(), now, actor);
			}
			case APPROVE_ANSWER -> request.approveAnswer(today(), now, actor);
			case RETURN_ANSWER -> request.returnAnswer(form(form, RequestWorkflow.Return.class).reason().strip(), today(),
					now, actor);
			case ANSWER -> request.answer(day(form(form, RequestWorkflow.Answer.class).on()), now, actor);
			case CLOSE -> request.close(today(), now, actor);
			case WITHDRAW -> request.withdraw(today(), form(form, RequestWorkflow.Withdraw.class).note(), now, actor);
			case ROUTE_TO_PETITION -> routeToPetition(request, user, now);
			case POINT_TO_PUBLISHED -> {
				long itemId = publishedItemOf(form(form, RequestWorkflow.Published.class).item(), request.getAgencyId());
				request.pointToPublished(itemId, messages.getMessage("requests.published.answer",
						new Object[] { "/disclosure/items/" + itemId }, Locale.SIMPLIFIED_CHINESE), today(), now, actor);
			}
		}
		requests.save(request);
	}

	/**
	 * 转信访程序 (第三十九条第一款): registers the petition with the same citizen and content (linked back to this
	 * application) and concludes the application as 不予处理/信访举报投诉类申请 (R5_1), in one transaction; the
	 * letter tells the applicant both codes.
	 *
	 * @return the petition's tracking code
	 */
	public String routeToPetition(StaffUser user, long id) {
		act(user, id, Action.ROUTE_TO_PETITION, new NoForm());
		return requests.findById(id).orElseThrow().getRoutedTo();
	}

	private void routeToPetition(DisclosureRequest request, StaffUser user, Instant now) {
		RequestWorkflow.TABLE.check(request, Action.ROUTE_TO_PETITION);
		Applicant applicant = request.getApplicant();
		Agency agency = agencies.byId(request.getAgencyId()).orElseThrow();
		String content = request.getDescription() + (request.getPurpose() == null ? "" : "\n" + request.getPurpose());
		var petition = petitionRouting.getObject().register(new PetitionRouting.RoutedMatter(agency.getId(),
				agency.getCode(), request.getChannel() == IntakeChannel.ONLINE, applicant.getName(),
				applicant.getIdNumber(), applicant.getPhone(), applicant.getAddress(), content,
				request.getTrackingCode()), user);
		String letter = messages.getMessage("requests.routed.letter",
				new Object[] { request.getTrackingCode(), petition.trackingCode() },
				Locale.SIMPLIFIED_CHINESE);
		request.routeToPetition(petition.trackingCode(), letter, today(), now, user.username());
	}

	/**
	 * 公开一次: publishes the information granted on this application (予以公开 or 部分公开, as released, with its
	 * redactions) to the agency's catalogue, by the registrar or the disclosure editor of the request's agency.
	 *
	 * @return the catalogue item's id
	 */
	public long disclose(StaffUser user, long id) {
		return disclose(user, id, true);
	}

	/**
	 * The same from a page that asks to confirm first: unconfirmed, it refuses after the role and agency
	 * checks and before anything changes.
	 */
	public long disclose(StaffUser user, long id, boolean confirmed) {
		if (!user.has(sunshine.agency.Role.REGISTRAR) && !user.has(sunshine.agency.Role.DISCLOSURE_EDITOR)) {
			throw new NotPermitted("requests.error.discloseRole");
		}
		DisclosureRequest request = requests.findById(id).orElseThrow(() -> new NotFound("requests.error.notFound"));
		if (request.getAgencyId() != user.agencyId()) {
			throw new NotPermitted("requests.error.notOwn");
		}
		if (!request.isDisclosable()) {
			throw new IllegalTransition("requests.error.notDisclosable");
		}
		if (!confirmed) {
			throw new IllegalTransition("requests.disclose.notConfirmed");
		}
		Agency agency = agencies.byId(request.getAgencyId()).orElseThrow();
		String description = request.getDescription();
		String title = messages.getMessage("requests.disclosed.title",
				new Object[] { description.length() > 80 ? description.substring(0, 80) + "…" : description },
				Locale.SIMPLIFIED_CHINESE);
		String body = "<p>" + org.springframework.web.util.HtmlUtils.htmlEscape(description) + "</p>"
				+ (request.getAnswerText() == null ? "" : "<p>" + org.springframework.web.util.HtmlUtils
						.htmlEscape(request.getAnswerText()).replace("\n", "<br>") + "</p>");
		long itemId = catalogue.publishGranted(agency.getId(), title, agency.getName(), body).getId();
		request.disclosed(itemId, today(), now(), user.username());
		requests.save(request);
		return itemId;
	}

	/** Whether the user may publish this request's granted information to the catalogue now. */
	@Transactional(readOnly = true)
	public boolean mayDisclose(DisclosureRequest request, StaffUser user) {
		return request.isDisclosable() && request.getAgencyId() == user.agencyId()
				&& (user.has(sunshine.agency.Role.REGISTRAR) || user.has(sunshine.agency.Role.DISCLOSURE_EDITOR));
	}

	/** The published catalogue item of the agency named by its number or its address; refused otherwise. */
	private long publishedItemOf(String reference, long agencyId) {
		String digits = reference.strip().replaceAll("^.*/", "").replaceAll("[^0-9]", "");
		if (digits.isEmpty() || digits.length() > 18) {
			throw new IllegalTransition("requests.error.itemUnknown");
		}
		long itemId = Long.parseLong(digits);
		return catalogueQueries.publishedItem(itemId).filter(item -> item.getAgencyId() == agencyId)
				.map(item -> item.getId()).orElseThrow(() -> new IllegalTransition("requests.error.itemUnknown"));
	}

	/** Refuses, before any input is read, a caller who holds none of the roles of the action. */
	public void requireRoleFor(StaffUser user, Action action) {
		if (RequestWorkflow.TABLE.rolesFor(action).stream().noneMatch(user::has)) {
			throw new NotPermitted("requests.error.role", action.name());
		}
	}

	/** The actions the user may take on the request now: its state, the law, their roles, their agency. */
	@Transactional(readOnly = true)
	public java.util.Set<Action> actionsFor(DisclosureRequest request, StaffUser user) {
		if (request.getAgencyId() != user.agencyId()) {
			return java.util.Set.of();
		}
		return RequestWorkflow.TABLE.allowedTo(request, user.roles());
	}

	public void accept(StaffUser user, long id, LocalDate on) {
		act(user, id, Action.ACCEPT, new RequestWorkflow.Dated(on));
	}

	public void requestCorrection(StaffUser user, long id, LocalDate on, String whatToSupplement, LocalDate supplementBy) {
		act(user, id, Action.REQUEST_CORRECTION, new RequestWorkflow.Correction(on, whatToSupplement, supplementBy));
	}

	public void supplement(StaffUser user, long id, LocalDate receivedOn) {
		act(user, id, Action.SUPPLEMENT, new RequestWorkflow.Dated(receivedOn));
	}

	public void startConsultation(StaffUser user, long id, PauseKind kind, String party, LocalDate on) {
		act(user, id, Action.CONSULT, new RequestWorkflow.Consult(on, kind, party));
	}

	public void endConsultation(StaffUser user, long id, LocalDate on) {
		act(user, id, Action.END_CONSULTATION, new RequestWorkflow.Dated(on));
	}

	public void extend(StaffUser user, long id, int workingDays, String approvedBy, String reason, LocalDate on) {
		act(user, id, Action.EXTEND, new RequestWorkflow.Extend(on, workingDays, approvedBy, reason));
	}

	/**
	 * 收费通知: the fee follows {@link ProcessingFee} — 按件 from the applicant's count of requests in the
	 * natural month of receipt, 按量 from the pages; the applicant may pay for 20 working days.
	 *
	 * @return the fee in yuan
	 */
	public int notifyFee(StaffUser user, long id, ProcessingFee.Method method, int pages, LocalDate on) {
		act(user, id, Action.NOTIFY_FEE, new RequestWorkflow.Fee(on, method, pages));
		return requests.findById(id).orElseThrow().getFeeYuan();
	}

	/** The request's place among the applicant's requests to the same agency received in the same natural month (1 = first). */
	@Transactional(readOnly = true)
	public int nthInMonth(DisclosureRequest request) {
		LocalDate first = request.getReceivedOn().withDayOfMonth(1);
		return jdbc.sql("""
				select count(*) from disclosure_request
				where agency_id = :agency and applicant_key = :key and received_on >= :first and received_on < :next
				  and (received_on < :day or (received_on = :day and id <= :id))
				""").param("agency", request.getAgencyId()).param("key", request.getApplicant().getKey()).param("first", first)
				.param("next", first.plusMonths(1)).param("day", request.getReceivedOn()).param("id", request.getId())
				.query(Integer.class).single();
	}

	public void recordPayment(StaffUser user, long id, LocalDate on) {
		act(user, id, Action.RECORD_PAYMENT, new RequestWorkflow.Dated(on));
	}

	/** 拟办答复: the handler's draft. */
	public void draftAnswer(StaffUser user, long id, Outcome outcome, String text) {
		act(user, id, Action.DRAFT_ANSWER, new RequestWorkflow.Draft(outcome, text));
	}

	public void approveAnswer(StaffUser user, long id) {
		act(user, id, Action.APPROVE_ANSWER, new NoForm());
	}

	/** 签发: the signing leader signs the approved draft; the answer goes out on {@code on}. */
	public void signAnswer(StaffUser user, long id, LocalDate on) {
		act(user, id, Action.ANSWER, new RequestWorkflow.Answer(on));
	}

	/** Records a reconsideration or lawsuit about a request, or a complaint (then {@code requestId} may be null). */
	public Remedy fileRemedy(StaffUser user, Long requestId, RemedyKind kind, LocalDate filedOn, String note) {
		if (requestId != null) {
			DisclosureRequest request = own(user, requestId);
			request.noteRemedy(kind, RemedyResult.PENDING, filedOn, now(), user.username());
			requests.save(request);
		}
		return remedies.save(new Remedy(user.agencyId(), requestId, kind, filedOn, note));
	}

	public void decideRemedy(StaffUser user, long remedyId, RemedyResult result, LocalDate on) {
		Remedy remedy = remedies.findById(remedyId).filter(r -> r.getAgencyId() == user.agencyId())
				.orElseThrow(() -> new AccessDeniedException("not in scope"));
		remedy.decide(result, on);
		if (remedy.getRequestId() != null) {
			DisclosureRequest request = own(user, remedy.getRequestId());
			request.noteRemedy(remedy.getKind(), result, on, now(), user.username());
			requests.save(request);
		}
		remedies.save(remedy);
	}

	@Transactional(readOnly = true)
	public List<Remedy> remediesOf(long requestId) {
		return remedies.findByRequestIdOrderByFiledOnAsc(requestId);
	}

	/** A request the user may see (their data scope), or empty. */
	@Transactional(readOnly = true)
	public java.util.Optional<DisclosureRequest> find(StaffUser user, long id) {
		var scope = agencies.scopeOf(user);
		return requests.findById(id).filter(r -> scope.includes(r.getAgencyId()));
	}

	/**
	 * Records that the user revealed the applicant's full personal data on this request, and says
	 * whether they may: only a role that works cases, in the request's own agency
	 * ({@link StaffUser#mayRevealPersonalDataOf}). A refused reveal records nothing.
	 */
	public boolean revealPersonalData(StaffUser user, long id, String reason) {
		return reveal(user, id, r -> r.getApplicant().personalDetails(false).presentFields(), reason);
	}

	/**
	 * Records that the user downloads a letter of this request — it is addressed to the applicant by
	 * name — and says whether they may, as {@link #revealPersonalData} does.
	 */
	public boolean revealInLetter(StaffUser user, long id, NoticeKind kind, String format) {
		return reveal(user, id, r -> "name", "letter " + kind.name() + "." + format);
	}

	private boolean reveal(StaffUser user, long id, java.util.function.Function<DisclosureRequest, String> fields,
			String reason) {
		var request = find(user, id).filter(r -> user.mayRevealPersonalDataOf(r.getAgencyId()));
		request.ifPresent(r -> events.publishEvent(
				new sunshine.shared.PersonalDataRevealed("request:" + r.getTrackingCode(), fields.apply(r), reason)));
		return request.isPresent();
	}

	/** The request behind a tracking code, if the query code matches; otherwise nothing at all. */
	@Transactional(readOnly = true)
	public java.util.Optional<DisclosureRequest> track(String trackingCode, String queryCode) {
		if (trackingCode == null || queryCode == null || trackingCode.isBlank() || queryCode.isBlank()) {
			return java.util.Optional.empty();
		}
		String code = trackingCode.strip().toUpperCase(Locale.ROOT);
		return requests.findByTrackingCode(code).filter(r -> queryCodes.matches(r.getQueryCodeHash(), code, queryCode,
				() -> legacyHash(code, queryCode.strip().toUpperCase(Locale.ROOT))));
	}

	/** A changed holiday schedule moves the due dates of open requests (their derivation says why). */
	@EventListener
	void on(CalendarYearReplaced event) {
		calendar.reload();
		for (DisclosureRequest request : requests.findByStatusIn(List.copyOf(RequestStatus.OPEN))) {
			if (request.recompute(today(), now(), this)) {
				requests.save(request);
			}
		}
	}

	@Override
	public Deadline deadlineOf(DisclosureRequest request) {
		Deadline computed = calendar.deadline(AnswerClock.plan(request, today()));
		return AnswerClock.withAgencyDate(computed, request.getAgencySetDueOn());
	}

	@Override
	public String describe(Deadline deadline) {
		return String.join("\n", deadline.describe(messages, Locale.SIMPLIFIED_CHINESE));
	}

	/** The unkeyed digest applications stored before {@link sunshine.shared.QueryCodes}: SHA-256 of "tracking:query". */
	static String legacyHash(String trackingCode, String queryCode) {
		return sunshine.shared.QueryCodes.sha256Hex(trackingCode + ":" + queryCode);
	}

	private DisclosureRequest own(StaffUser user, long id) {
		return requests.findById(id).filter(r -> r.getAgencyId() == user.agencyId())
				.orElseThrow(() -> new AccessDeniedException("not the user's agency"));
	}

	/** The request, for an action of the table: a role of the action's row, and the request of the caller's own agency. */
	private DisclosureRequest actionable(StaffUser user, long id, Action action) {
		if (RequestWorkflow.TABLE.rolesFor(action).stream().noneMatch(user::has)) {
			throw new NotPermitted("requests.error.role", action.name());
		}
		DisclosureRequest request = requests.findById(id).orElseThrow(() -> new NotFound("requests.error.notFound"));
		if (request.getAgencyId() != user.agencyId()) {
			throw new NotPermitted("requests.error.notOwn");
		}
		RequestWorkflow.TABLE.checkRole(request, action, user.roles());
		return request;
	}

	/** The legal day of an act: the day given, or today; never a day still to come. */
	private LocalDate day(LocalDate on) {
		if (on == null) {
			return today();
		}
		if (on.isAfter(today())) {
			throw new IllegalTransition("requests.error.future");
		}
		return on;
	}

	private static <F extends Record> F form(Record form, Class<F> type) {
		if (!type.isInstance(form)) {
			throw new IllegalArgumentException("Expected " + type.getSimpleName() + ", got " + form);
		}
		return type.cast(form);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Instant now() {
		return Instant.now(clock);
	}
}
