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
import sunshine.agency.StaffUser;
import sunshine.calendar.CalendarManagement;
import sunshine.calendar.CalendarYearReplaced;
import sunshine.calendar.Deadline;
import sunshine.requests.internal.DisclosureRequestRepository;
import sunshine.requests.internal.RemedyRepository;
import sunshine.shared.PersonalDataCipher;
import sunshine.shared.TrackingCodes;

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

	DisclosureRequestManagement(DisclosureRequestRepository requests, RemedyRepository remedies, AgencyLookup agencies,
			CalendarManagement calendar, MessageSource messages, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			Clock clock, PersonalDataCipher personalData, org.springframework.context.ApplicationEventPublisher events,
			sunshine.shared.QueryCodes queryCodes) {
		this.queryCodes = queryCodes;
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
		List<RequestApplication.Problem> problems = new java.util.ArrayList<>(application.problems());
		Agency agency = application.agency() == null ? null
				: agencies.byCode(application.agency().strip()).orElse(null);
		if (agency == null && problems.stream().noneMatch(p -> p.field().equals("agency"))) {
			problems.add(0, new RequestApplication.Problem("agency", "requests.error.agencyUnknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidApplication(problems);
		}
		LocalDate today = today();
		return register(agency, IntakeChannel.ONLINE, today, null, application, "anonymous");
	}

	/**
	 * An application staff register: handed in, by letter, fax or e-mail.
	 *
	 * @param arrivedOn the day it was handed in or arrived
	 * @param confirmedOn for mail the day it was signed for or confirmed with the applicant; for fax
	 *        and e-mail the day both sides confirmed; may be {@code null}
	 */
	public Submission registerOnBehalf(StaffUser user, IntakeChannel channel, LocalDate arrivedOn, LocalDate confirmedOn,
			RequestApplication application) {
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

	private Submission register(Agency agency, IntakeChannel channel, LocalDate arrivedOn, LocalDate confirmedOn,
			RequestApplication application, String actor) {
		LocalDate receivedOn = ReceiptDateRule.receivedOn(channel, arrivedOn, confirmedOn, calendar.calendar());
		String trackingCode = TrackingCodes.trackingCode(TRACKING_PREFIX, receivedOn.getYear());
		String queryCode = TrackingCodes.queryCode();
		Applicant applicant = application.applicant();
		applicant.indexKey(personalData::blindIndex);
		var request = new DisclosureRequest(agency.getId(), agency.getCode(), trackingCode,
				queryCodes.hash(trackingCode, queryCode), channel, arrivedOn, receivedOn, applicant,
				application.description().strip(), RequestApplication.emptyToNull(application.purpose()),
				application.deliveryOrDefault(), now(), actor, this);
		requests.save(request);
		return new Submission(trackingCode, queryCode, receivedOn, request.getDueOn());
	}

	public void accept(StaffUser user, long id, LocalDate on) {
		DisclosureRequest request = own(user, id);
		request.accept(on, now(), user.username());
		requests.save(request);
	}

	public void requestCorrection(StaffUser user, long id, LocalDate on, String whatToSupplement, LocalDate supplementBy) {
		DisclosureRequest request = own(user, id);
		LocalDate noticeDeadline = calendar.deadline(AnswerClock.correctionNoticePlan(request.getReceivedOn())).due();
		request.requestCorrection(on, noticeDeadline, whatToSupplement, supplementBy, now(), user.username());
		requests.save(request);
	}

	public void supplement(StaffUser user, long id, LocalDate receivedOn) {
		DisclosureRequest request = own(user, id);
		request.supplement(receivedOn, now(), user.username(), this);
		requests.save(request);
	}

	public void abandon(StaffUser user, long id) {
		DisclosureRequest request = own(user, id);
		request.abandon(today(), now(), user.username());
		requests.save(request);
	}

	public void startConsultation(StaffUser user, long id, PauseKind kind, String party, LocalDate on) {
		DisclosureRequest request = own(user, id);
		request.startConsultation(kind, party, on, now(), user.username(), this);
		requests.save(request);
	}

	public void endConsultation(StaffUser user, long id, LocalDate on) {
		DisclosureRequest request = own(user, id);
		request.endConsultation(on, now(), user.username(), this);
		requests.save(request);
	}

	public void extend(StaffUser user, long id, int workingDays, String approvedBy, String reason, LocalDate on) {
		DisclosureRequest request = own(user, id);
		request.extend(workingDays, approvedBy, reason, on, now(), user.username(), this);
		requests.save(request);
	}

	public void setAgencyDate(StaffUser user, long id, LocalDate date, String reason) {
		DisclosureRequest request = own(user, id);
		request.setAgencyDate(date, reason, today(), now(), user.username(), this);
		requests.save(request);
	}

	/**
	 * 收费通知: the fee follows {@link ProcessingFee} — 按件 from the applicant's count of requests in the
	 * natural month of receipt, 按量 from the pages; the applicant may pay for 20 working days.
	 */
	public int notifyFee(StaffUser user, long id, ProcessingFee.Method method, int pages, LocalDate on) {
		DisclosureRequest request = own(user, id);
		int yuan = method == ProcessingFee.Method.PER_PAGE ? ProcessingFee.perPage(pages)
				: ProcessingFee.perRequest(nthInMonth(request));
		LocalDate payBy = calendar.deadline(AnswerClock.paymentPlan(on)).due();
		request.notifyFee(method, yuan, on, payBy, now(), user.username(), this);
		requests.save(request);
		return yuan;
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
		DisclosureRequest request = own(user, id);
		request.recordPayment(on, now(), user.username(), this);
		requests.save(request);
	}

	public void lapseFee(StaffUser user, long id) {
		DisclosureRequest request = own(user, id);
		request.lapseFee(today(), now(), user.username());
		requests.save(request);
	}

	public void answer(StaffUser user, long id, Outcome outcome, String text, LocalDate on) {
		DisclosureRequest request = own(user, id);
		request.answer(outcome, text, on, now(), user.username());
		requests.save(request);
	}

	public void close(StaffUser user, long id) {
		DisclosureRequest request = own(user, id);
		request.close(today(), now(), user.username());
		requests.save(request);
	}

	public void withdraw(StaffUser user, long id, String note) {
		DisclosureRequest request = own(user, id);
		request.withdraw(today(), note, now(), user.username());
		requests.save(request);
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
		for (DisclosureRequest request : requests.findByStatusIn(List.of(RequestStatus.RECEIVED,
				RequestStatus.CORRECTION_REQUESTED, RequestStatus.IN_PROGRESS, RequestStatus.IN_CONSULTATION,
				RequestStatus.AWAITING_PAYMENT))) {
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

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Instant now() {
		return Instant.now(clock);
	}
}
