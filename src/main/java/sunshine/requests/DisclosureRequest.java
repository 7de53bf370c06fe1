package sunshine.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sunshine.calendar.Deadline;
import sunshine.requests.RequestEvents.RequestEvent;
import sunshine.shared.workflow.IllegalTransition;

/**
 * An application for disclosure of government information (政府信息公开申请) and everything that
 * happens to it until it is answered and filed. The verbs are package-private and called only by
 * {@link DisclosureRequestManagement}; each checks the {@link RequestStatus}, records a
 * {@link TimelineStep}, keeps the due date current through {@link DueDates}, and registers a
 * {@link RequestEvents} event (published — and audited — when the aggregate is saved).
 */
@Entity
@Table(name = "disclosure_request")
public class DisclosureRequest extends AbstractAggregateRoot<DisclosureRequest> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_request_seq")
	@SequenceGenerator(name = "disclosure_request_seq", sequenceName = "disclosure_request_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private long agencyId;

	@Column(name = "tracking_code", nullable = false, unique = true, length = 32)
	private String trackingCode;

	/** SHA-256 of the query code; the code itself is shown once and never stored. */
	@Column(name = "query_code_hash", nullable = false, length = 64)
	private String queryCodeHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", nullable = false, length = 24)
	private IntakeChannel channel;

	@Column(name = "arrived_on", nullable = false)
	private LocalDate arrivedOn;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "regime", nullable = false, length = 24)
	private Regime regime;

	@Embedded
	private Applicant applicant;

	@Column(name = "description", nullable = false, length = 4000)
	private String description;

	@Column(name = "purpose", length = 1000)
	private String purpose;

	@Enumerated(EnumType.STRING)
	@Column(name = "delivery", nullable = false, length = 16)
	private Delivery delivery;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 24)
	private RequestStatus status;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "due_derivation", length = 4000)
	private String dueDerivation;

	@Column(name = "calendar_complete", nullable = false)
	private boolean calendarComplete;

	@Column(name = "correction_requested_on")
	private LocalDate correctionRequestedOn;

	@Column(name = "correction_note", length = 2000)
	private String correctionNote;

	@Column(name = "supplement_by")
	private LocalDate supplementBy;

	@Column(name = "supplement_received_on")
	private LocalDate supplementReceivedOn;

	@Column(name = "extension_days")
	private Integer extensionDays;

	@Column(name = "extension_approved_by", length = 64)
	private String extensionApprovedBy;

	@Column(name = "extension_reason", length = 1000)
	private String extensionReason;

	@Column(name = "extended_on")
	private LocalDate extendedOn;

	@Column(name = "agency_set_due_on")
	private LocalDate agencySetDueOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "fee_method", length = 16)
	private ProcessingFee.Method feeMethod;

	@Column(name = "fee_yuan")
	private Integer feeYuan;

	@Column(name = "fee_notified_on")
	private LocalDate feeNotifiedOn;

	@Column(name = "fee_pay_by")
	private LocalDate feePayBy;

	@Column(name = "fee_paid_on")
	private LocalDate feePaidOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "outcome", length = 8)
	private Outcome outcome;

	@Column(name = "answer_text", length = 4000)
	private String answerText;

	/** The outcome the handler proposes, until the answer is signed (拟办). */
	@Enumerated(EnumType.STRING)
	@Column(name = "draft_outcome", length = 8)
	private Outcome draftOutcome;

	@Column(name = "draft_text", length = 4000)
	private String draftText;

	@Column(name = "concluded_on")
	private LocalDate concludedOn;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	/** The tracking code of the petition this application was routed to (第三十九条第一款). */
	@Column(name = "routed_to", length = 32)
	private String routedTo;

	/** The catalogue item this request's granted information was published as (公开一次). */
	@Column(name = "disclosed_item")
	private Long disclosedItem;

	/** The catalogue item the answer points to: the information was published already (已主动公开). */
	@Column(name = "pointed_item")
	private Long pointedItem;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "disclosure_request_stop", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "stop_index")
	private List<ClockStop> clockStops = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "disclosure_request_step", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "step_index")
	private List<TimelineStep> timeline = new ArrayList<>();

	@Version
	private long version;

	protected DisclosureRequest() {
	}

	/**
	 * Registers a received application (第三十一条 fixes {@code receivedOn}); the regime follows from
	 * the receipt date.
	 */
	DisclosureRequest(long agencyId, String agencyCode, String trackingCode, String queryCodeHash,
			IntakeChannel channel, LocalDate arrivedOn, LocalDate receivedOn, Applicant applicant, String description,
			String purpose, Delivery delivery, Instant now, String actor, DueDates dueDates) {
		this.agencyId = agencyId;
		this.trackingCode = trackingCode;
		this.queryCodeHash = queryCodeHash;
		this.channel = channel;
		this.arrivedOn = arrivedOn;
		this.receivedOn = receivedOn;
		this.regime = Regime.forReceipt(receivedOn);
		this.applicant = applicant;
		this.description = description;
		this.purpose = purpose;
		this.delivery = delivery;
		this.status = RequestStatus.RECEIVED;
		this.createdAt = now;
		reschedule(dueDates);
		step(now, receivedOn, "received", channel.name(), actor);
		registerEvent(new RequestEvents.Received(trackingCode, receivedOn, agencyCode, channel, dueOn));
	}

	/** 受理: takes the request into processing. */
	void accept(LocalDate on, Instant now, String actor) {
		check(Action.ACCEPT);
		notBeforeReceipt(on);
		status = RequestStatus.IN_PROGRESS;
		record(now, new RequestEvents.Accepted(trackingCode, on), null, actor);
	}

	/**
	 * 补正告知 (第三十条): once, within 7 working days of receipt ({@code noticeDeadline}), naming what
	 * to supplement and by when.
	 */
	void requestCorrection(LocalDate on, LocalDate noticeDeadline, String whatToSupplement, LocalDate supplementBy,
			Instant now, String actor) {
		check(Action.REQUEST_CORRECTION);
		notBeforeReceipt(on);
		if (on.isAfter(noticeDeadline)) {
			throw new IllegalTransition("requests.error.correctionLate");
		}
		if (!supplementBy.isAfter(on)) {
			throw new IllegalTransition("requests.error.supplementByBeforeNotice");
		}
		correctionRequestedOn = on;
		correctionNote = whatToSupplement;
		this.supplementBy = supplementBy;
		status = RequestStatus.CORRECTION_REQUESTED;
		record(now, new RequestEvents.CorrectionRequested(trackingCode, on, supplementBy), whatToSupplement, actor);
	}

	/** 补正 received: the answer period starts afresh from {@code receivedOn} (第三十条). */
	void supplement(LocalDate receivedOn, Instant now, String actor, DueDates dueDates) {
		check(Action.SUPPLEMENT);
		if (receivedOn.isBefore(correctionRequestedOn)) {
			throw new IllegalTransition("requests.error.supplementBeforeNotice");
		}
		supplementReceivedOn = receivedOn;
		status = RequestStatus.IN_PROGRESS;
		reschedule(dueDates);
		record(now, new RequestEvents.Supplemented(trackingCode, receivedOn, dueOn), null, actor);
	}

	/** 视为放弃申请 (第三十条): the 补正 period lapsed; concluded as （六）1. */
	void abandon(LocalDate today, Instant now, String actor) {
		check(Action.ABANDON);
		if (!today.isAfter(supplementBy)) {
			throw new IllegalTransition("requests.error.supplementPeriodRunning");
		}
		conclude(Outcome.R6_1, null, today);
		record(now, new RequestEvents.Abandoned(trackingCode, today), null, actor);
	}

	/** 征求意见: consults a third party (第三十二条) or another agency (第三十四条); the clock stops. */
	void startConsultation(PauseKind kind, String party, LocalDate on, Instant now, String actor, DueDates dueDates) {
		check(Action.CONSULT);
		notBeforeReceipt(on);
		if (!kind.isConsultation()) {
			throw new IllegalArgumentException("Not a consultation: " + kind);
		}
		clockStops.add(new ClockStop(kind, party, on));
		status = RequestStatus.IN_CONSULTATION;
		reschedule(dueDates);
		record(now, new RequestEvents.ConsultationStarted(trackingCode, on, kind, party), party, actor);
	}

	/** The consulted party answered (or its 15 working days passed); the clock runs again. */
	void endConsultation(LocalDate on, Instant now, String actor, DueDates dueDates) {
		check(Action.END_CONSULTATION);
		ongoingStop().endOn(on);
		status = RequestStatus.IN_PROGRESS;
		reschedule(dueDates);
		record(now, new RequestEvents.ConsultationEnded(trackingCode, on, dueOn), null, actor);
	}

	/**
	 * 延期答复 (第三十三条第二款; 2008: 第二十四条): once, by at most the regime's maximum, with the
	 * approver recorded, before the period runs out.
	 */
	void extend(int workingDays, String approvedBy, String reason, LocalDate on, Instant now, String actor,
			DueDates dueDates) {
		check(Action.EXTEND);
		notBeforeReceipt(on);
		if (workingDays < 1 || workingDays > regime.maxExtensionDays()) {
			throw new IllegalTransition("requests.error.extensionDays");
		}
		if (approvedBy == null || approvedBy.isBlank()) {
			throw new IllegalTransition("requests.error.approverMissing");
		}
		if (on.isAfter(dueOn)) {
			throw new IllegalTransition("requests.error.extensionAfterDue");
		}
		extensionDays = workingDays;
		extensionApprovedBy = approvedBy.strip();
		extensionReason = reason;
		extendedOn = on;
		reschedule(dueDates);
		record(now, new RequestEvents.Extended(trackingCode, on, workingDays, extensionApprovedBy, dueOn), reason, actor);
	}

	/** 第三十五条: a reasonable later date the agency fixes for an over-frequent request (2019 regime). */
	void setAgencyDate(LocalDate date, String reason, LocalDate on, Instant now, String actor, DueDates dueDates) {
		check(Action.SET_AGENCY_DATE);
		if (!date.isAfter(dueOn)) {
			throw new IllegalTransition("requests.error.agencyDateEarlier");
		}
		agencySetDueOn = date;
		reschedule(dueDates);
		record(now, new RequestEvents.AgencyDateSet(trackingCode, on, dueOn), reason, actor);
	}

	/** 收费通知 (国办函〔2020〕109号): the clock stops while the applicant may pay, until {@code payBy}. */
	void notifyFee(ProcessingFee.Method method, int yuan, LocalDate on, LocalDate payBy, Instant now, String actor,
			DueDates dueDates) {
		check(Action.NOTIFY_FEE);
		notBeforeReceipt(on);
		if (yuan <= 0) {
			throw new IllegalTransition("requests.error.feeZero");
		}
		feeMethod = method;
		feeYuan = yuan;
		feeNotifiedOn = on;
		feePayBy = payBy;
		clockStops.add(new ClockStop(PauseKind.FEE_PAYMENT, null, on));
		status = RequestStatus.AWAITING_PAYMENT;
		reschedule(dueDates);
		record(now, new RequestEvents.FeeNotified(trackingCode, on, method, yuan, payBy), null, actor);
	}

	/** The fee was paid in time; the clock runs again. */
	void recordPayment(LocalDate on, Instant now, String actor, DueDates dueDates) {
		check(Action.RECORD_PAYMENT);
		if (on.isAfter(feePayBy)) {
			throw new IllegalTransition("requests.error.paymentLate");
		}
		ongoingStop().endOn(on);
		feePaidOn = on;
		status = RequestStatus.IN_PROGRESS;
		reschedule(dueDates);
		record(now, new RequestEvents.FeePaid(trackingCode, on, dueOn), null, actor);
	}

	/** 逾期未缴费: the payment window passed unpaid; concluded as （六）2. */
	void lapseFee(LocalDate today, Instant now, String actor) {
		check(Action.LAPSE_FEE);
		if (!today.isAfter(feePayBy)) {
			throw new IllegalTransition("requests.error.paymentPeriodRunning");
		}
		ongoingStop().endOn(today);
		conclude(Outcome.R6_2, null, today);
		record(now, new RequestEvents.FeeLapsed(trackingCode, today), null, actor);
	}

	/**
	 * 拟办答复: the handler drafts the answer — an outcome of the 2021 taxonomy and its text — for the
	 * reviewer; the clock keeps running.
	 */
	void draftAnswer(Outcome outcome, String text, LocalDate on, Instant now, String actor) {
		check(Action.DRAFT_ANSWER);
		if (!outcome.isAnswerable()) {
			throw new IllegalTransition("requests.error.outcomeNotByAnswer");
		}
		if (outcome == Outcome.R4_3 && supplementReceivedOn == null) {
			throw new IllegalTransition("requests.error.r43NeedsSupplement");
		}
		draftOutcome = outcome;
		draftText = text == null || text.isBlank() ? null : text.strip();
		status = RequestStatus.ANSWER_DRAFTED;
		record(now, new RequestEvents.AnswerDrafted(trackingCode, on, outcome), null, actor);
	}

	/** 审核通过: the reviewer passes the draft to the signing leader. */
	void approveAnswer(LocalDate on, Instant now, String actor) {
		check(Action.APPROVE_ANSWER);
		status = RequestStatus.ANSWER_APPROVED;
		record(now, new RequestEvents.AnswerApproved(trackingCode, on), null, actor);
	}

	/** 退回: the draft goes back to the handler, with the reason; the clock has kept running. */
	void returnAnswer(String reason, LocalDate on, Instant now, String actor) {
		check(Action.RETURN_ANSWER);
		status = RequestStatus.IN_PROGRESS;
		record(now, new RequestEvents.AnswerReturned(trackingCode, on), reason, actor);
	}

	/** 签发答复 (第三十六条): the signing leader signs the approved draft and the request is answered on {@code on}. */
	void answer(LocalDate on, Instant now, String actor) {
		check(Action.ANSWER);
		if (on.isBefore(receivedOn)) {
			throw new IllegalTransition("requests.error.answerBeforeReceipt");
		}
		Outcome signed = draftOutcome;
		conclude(signed, draftText, on);
		record(now, new RequestEvents.Answered(trackingCode, on, signed, on.isAfter(dueOn)), signed.name(), actor);
	}

	/** 归档: files a concluded request. */
	void close(LocalDate on, Instant now, String actor) {
		check(Action.CLOSE);
		closedOn = on;
		status = RequestStatus.CLOSED;
		record(now, new RequestEvents.Closed(trackingCode, on), null, actor);
	}

	/** 撤回: the applicant withdrew; counted under （六）3 其他. */
	void withdraw(LocalDate on, String note, Instant now, String actor) {
		if (!status.isOpen()) {
			throw new IllegalTransition("requests.error.notOpen");
		}
		check(Action.WITHDRAW);
		clockStops.stream().filter(ClockStop::isOngoing).forEach(stop -> stop.endOn(on));
		conclude(Outcome.R6_3, note, on);
		status = RequestStatus.WITHDRAWN;
		record(now, new RequestEvents.Withdrawn(trackingCode, on), note, actor);
	}

	/**
	 * 转信访程序 (第三十九条第一款): the application is really a complaint, report or petition; it is concluded
	 * as 不予处理/信访举报投诉类申请 (R5_1), the letter tells the applicant the petition's codes, and the request
	 * keeps the petition's tracking code.
	 */
	void routeToPetition(String petitionCode, String letter, LocalDate on, Instant now, String actor) {
		check(Action.ROUTE_TO_PETITION);
		clockStops.stream().filter(ClockStop::isOngoing).forEach(stop -> stop.endOn(on));
		routedTo = petitionCode;
		conclude(Outcome.R5_1, letter, on);
		record(now, new RequestEvents.RoutedToPetition(trackingCode, on, petitionCode), petitionCode, actor);
	}

	/**
	 * 已主动公开: the information asked for is in the catalogue already; the draft answer points to the item
	 * (第三十六条第（一）项 — 已经主动公开的, 告知申请人获取该政府信息的方式和途径), for review and signature as usual.
	 */
	void pointToPublished(long itemId, String text, LocalDate on, Instant now, String actor) {
		check(Action.POINT_TO_PUBLISHED);
		pointedItem = itemId;
		draftOutcome = Outcome.R1;
		draftText = text;
		status = RequestStatus.ANSWER_DRAFTED;
		record(now, new RequestEvents.PointedToPublished(trackingCode, on, itemId), null, actor);
	}

	/** 公开一次: the information granted on this application was published to the catalogue as {@code itemId}. */
	void disclosed(long itemId, LocalDate on, Instant now, String actor) {
		if (!isDisclosable()) {
			throw new IllegalTransition("requests.error.notDisclosable");
		}
		disclosedItem = itemId;
		record(now, new RequestEvents.Disclosed(trackingCode, on, itemId), null, actor);
	}

	/** Whether the answer granted the information (予以公开, 部分公开) and it is not in the catalogue yet. */
	public boolean isDisclosable() {
		return (status == RequestStatus.CONCLUDED || status == RequestStatus.CLOSED) && disclosedItem == null
				&& (outcome == Outcome.R1 || outcome == Outcome.R2) && pointedItem == null;
	}

	/** The calendar changed: computes the due date again; registers an event only if it moved. */
	boolean recompute(LocalDate today, Instant now, DueDates dueDates) {
		if (!status.isOpen()) {
			return false;
		}
		LocalDate was = dueOn;
		reschedule(dueDates);
		if (was.equals(dueOn)) {
			return false;
		}
		record(now, new RequestEvents.DueDateRecomputed(trackingCode, today, was, dueOn), null, null);
		return true;
	}

	/** Notes a remedy on the timeline (the remedy itself is a {@link Remedy}). */
	void noteRemedy(RemedyKind kind, RemedyResult result, LocalDate on, Instant now, String actor) {
		record(now, new RequestEvents.RemedyRecorded(trackingCode, on, kind, result), null, actor);
	}

	/** The verbs the current state and the law allow, for anyone ({@link RequestWorkflow#TABLE}). */
	public Set<Action> allowedActions() {
		return RequestWorkflow.TABLE.allowed(this);
	}

	/** Whether the applicant has been asked for 补正 and the period to supplement is running. */
	public boolean isAwaitingSupplement() {
		return supplementBy != null && status == RequestStatus.CORRECTION_REQUESTED;
	}

	/** Whether a drafted answer waits for review or signature (the page shows the draft). */
	public boolean isAnswerAwaitingSignOff() {
		return draftOutcome != null && (status == RequestStatus.ANSWER_DRAFTED || status == RequestStatus.ANSWER_APPROVED);
	}

	/** Whether a processing fee may be charged at all: received under the 2019 regulations from 2021 (国办函〔2020〕109号). */
	boolean feeInForce() {
		return regime == Regime.REGULATIONS_2019 && !receivedOn.isBefore(ProcessingFee.EFFECTIVE);
	}

	/** What staff may do to a request; labels are {@code requests.action.*}. */
	public enum Action {
		ACCEPT, REQUEST_CORRECTION, SUPPLEMENT, ABANDON, CONSULT, END_CONSULTATION, EXTEND, SET_AGENCY_DATE,
		NOTIFY_FEE, RECORD_PAYMENT, LAPSE_FEE, DRAFT_ANSWER, APPROVE_ANSWER, RETURN_ANSWER, ANSWER, CLOSE, WITHDRAW,
		/** 转信访程序 (第三十九条第一款). */
		ROUTE_TO_PETITION,
		/** 告知已主动公开: the draft answer points to a catalogue item. */
		POINT_TO_PUBLISHED
	}

	private void conclude(Outcome outcome, String text, LocalDate on) {
		this.outcome = outcome;
		this.answerText = text;
		this.concludedOn = on;
		this.status = RequestStatus.CONCLUDED;
	}

	private ClockStop ongoingStop() {
		return clockStops.stream().filter(ClockStop::isOngoing).findFirst()
				.orElseThrow(() -> new IllegalTransition("requests.error.noPause"));
	}

	private void reschedule(DueDates dueDates) {
		Deadline deadline = dueDates.deadlineOf(this);
		dueOn = deadline.due();
		calendarComplete = deadline.calendarComplete();
		String text = dueDates.describe(deadline);
		dueDerivation = text == null ? null : text.substring(0, Math.min(4000, text.length()));
	}

	/** Nothing happens to a request before it was received (第三十一条). */
	private void notBeforeReceipt(LocalDate on) {
		if (on.isBefore(receivedOn)) {
			throw new IllegalTransition("requests.error.beforeReceipt");
		}
	}

	private void check(Action action) {
		RequestWorkflow.TABLE.check(this, action);
	}

	private void record(Instant now, RequestEvent event, String note, String actor) {
		step(now, event.onDay(), event.step(), note, actor);
		registerEvent(event);
	}

	private void step(Instant now, LocalDate on, String step, String note, String actor) {
		String trimmed = note == null ? null : note.substring(0, Math.min(2000, note.length()));
		timeline.add(new TimelineStep(now, on, step, trimmed, actor));
	}

	public Long getId() { return id; }
	public long getAgencyId() { return agencyId; }
	public String getTrackingCode() { return trackingCode; }
	String getQueryCodeHash() { return queryCodeHash; }
	public IntakeChannel getChannel() { return channel; }
	public LocalDate getArrivedOn() { return arrivedOn; }
	public LocalDate getReceivedOn() { return receivedOn; }
	public Regime getRegime() { return regime; }
	public Applicant getApplicant() { return applicant; }
	public String getDescription() { return description; }
	public String getPurpose() { return purpose; }
	public Delivery getDelivery() { return delivery; }
	public RequestStatus getStatus() { return status; }
	public LocalDate getDueOn() { return dueOn; }
	public String getDueDerivation() { return dueDerivation; }
	public boolean isCalendarComplete() { return calendarComplete; }
	public LocalDate getCorrectionRequestedOn() { return correctionRequestedOn; }
	public String getCorrectionNote() { return correctionNote; }
	public LocalDate getSupplementBy() { return supplementBy; }
	public LocalDate getSupplementReceivedOn() { return supplementReceivedOn; }
	public Integer getExtensionDays() { return extensionDays; }
	public String getExtensionApprovedBy() { return extensionApprovedBy; }
	public String getExtensionReason() { return extensionReason; }
	public LocalDate getExtendedOn() { return extendedOn; }
	public LocalDate getAgencySetDueOn() { return agencySetDueOn; }
	public ProcessingFee.Method getFeeMethod() { return feeMethod; }
	public Integer getFeeYuan() { return feeYuan; }
	public LocalDate getFeeNotifiedOn() { return feeNotifiedOn; }
	public LocalDate getFeePayBy() { return feePayBy; }
	public LocalDate getFeePaidOn() { return feePaidOn; }
	public Outcome getOutcome() { return outcome; }
	public String getAnswerText() { return answerText; }
	public Outcome getDraftOutcome() { return draftOutcome; }
	public String getDraftText() { return draftText; }
	public LocalDate getConcludedOn() { return concludedOn; }
	public LocalDate getClosedOn() { return closedOn; }
	public String getRoutedTo() { return routedTo; }
	public Long getDisclosedItem() { return disclosedItem; }
	public Long getPointedItem() { return pointedItem; }
	public Instant getCreatedAt() { return createdAt; }
	public List<ClockStop> getClockStops() { return List.copyOf(clockStops); }
	public List<TimelineStep> getTimeline() { return List.copyOf(timeline); }

	/** The events registered and not yet published (they go out when the aggregate is saved). */
	java.util.Collection<Object> registeredEvents() {
		return domainEvents();
	}

	/** Whether it was concluded after its due date. */
	public boolean isLate() {
		return concludedOn != null && concludedOn.isAfter(dueOn);
	}
}
