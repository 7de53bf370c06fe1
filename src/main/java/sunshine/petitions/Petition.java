package sunshine.petitions;

import jakarta.persistence.Convert;
import sunshine.shared.PersonalDataConverter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import sunshine.shared.workflow.IllegalTransition;

/**
 * A petition (信访事项) or a message to a leader (领导留言), from registration to the archive.
 *
 * <p>The seven steps of the seed agency's workflow are guarded verbs: each checks the
 * {@link PetitionStatus}, appends a {@link HistoryEntry} to the file, sets the deadline of the next
 * step (computed by {@link PetitionTimeLimits}) and registers a {@link PetitionEvents} record that the audit
 * log records. Which action may be taken from which state, under which condition of law, is
 * {@link PetitionWorkflow#TABLE}; an action it does not allow throws {@link IllegalTransition}.
 * {@link #allowedActions()} tells the pages which actions to offer; they hold no rules of their own.
 *
 * <p>Personal data (name, identity number, phone, address) sit in their own columns, wide enough for
 * SM4 ciphertext, so that a JPA converter can encrypt them.
 */
@Entity
@Table(name = "petition")
public class Petition extends AbstractAggregateRoot<Petition> {

	/**
	 * The workflow's actions ({@link PetitionWorkflow#TABLE} says from where and by whom). Each has a verb,
	 * its name in URLs ({@code /console/petitions/{id}/{verb}}, {@code /api/v1/petitions/{id}/{verb}}),
	 * in the file's history and in the audit log ({@code petitions.<verb>}).
	 */
	public enum Action {
		ACCEPT("accept"), REJECT("reject"), TRANSFER("transfer"), ASSIGN("assign"), CLAIM("claim"),
		HAND_BACK("handBack"), EXTEND("extend"), SUBMIT_DRAFT("submitDraft"), APPROVE("approve"),
		RETURN_FOR_REWORK("returnForRework"), SIGN("sign"), REPLY("reply"), ANALYSE("analyse"), ARCHIVE("archive"),
		HEARING("hearing"), SUPERVISE("supervise"),
		/** 告知依申请公开: the petition only asks for government information (不予受理 with the reason and a link). */
		ROUTE_TO_DISCLOSURE("routeToDisclosure"),
		/** 合并为重复件: the same person's same matter again; handled and answered with the matter's first petition. */
		MERGE("merge");

		private final String verb;

		Action(String verb) {
			this.verb = verb;
		}

		public String verb() {
			return verb;
		}

		/** The action of a verb, or of an enum name. */
		public static java.util.Optional<Action> of(String verb) {
			return java.util.Arrays.stream(values()).filter(a -> a.verb.equals(verb) || a.name().equals(verb)).findFirst();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_seq")
	@SequenceGenerator(name = "petition_seq", sequenceName = "petition_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(name = "tracking_code", nullable = false, unique = true, length = 32)
	private String trackingCode;

	@Column(name = "query_code_hash", nullable = false, length = 64)
	private String queryCodeHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", nullable = false, length = 20)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 24)
	private PetitionStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_level", nullable = false, length = 16)
	private ReviewLevel reviewLevel;

	/** The petition whose opinion this 复查/复核 reconsiders. */
	@Column(name = "previous_id")
	private Long previousId;

	@Column(name = "category_code", nullable = false, length = 32)
	private String categoryCode;

	@Column(name = "title", nullable = false, length = 200)
	private String title;

	@Column(name = "content", nullable = false, length = 100000)
	private String content;

	@Convert(converter = PersonalDataConverter.class)
	@Column(name = "petitioner_name", nullable = false, length = 512)
	private String petitionerName;

	@Convert(converter = PersonalDataConverter.class)
	@Column(name = "id_number", length = 512)
	private String idNumber;

	@Convert(converter = PersonalDataConverter.class)
	@Column(name = "phone", length = 512)
	private String phone;

	@Convert(converter = PersonalDataConverter.class)
	@Column(name = "address", length = 1200)
	private String address;

	/** The HMAC-SM3 blind index of the phone number (digits only): staff find a citizen's matters by it. */
	@Column(name = "phone_index", length = 64)
	private String phoneIndex;

	/** The HMAC-SM3 blind index of the identity number: finds the same person's matters without decrypting. */
	@Column(name = "id_number_index", length = 64)
	private String idNumberIndex;

	/** For visits: how many came; five or more make a group visit (集体访). */
	@Column(name = "visitors", nullable = false)
	private int visitors;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "acceptance_due", nullable = false)
	private LocalDate acceptanceDue;

	@Column(name = "accepted_on")
	private LocalDate acceptedOn;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "unit_name", length = 100)
	private String unitName;

	@Column(name = "assigned_on")
	private LocalDate assignedOn;

	/** The deadline of the step the petition is in now. */
	@Column(name = "due_on")
	private LocalDate dueOn;

	/** 办结期限: the last day for the official answer. */
	@Column(name = "completion_due")
	private LocalDate completionDue;

	@Column(name = "extension_days", nullable = false)
	private int extensionDays;

	@Column(name = "refusal_reason", length = 1000)
	private String refusalReason;

	@Column(name = "transferred_to", length = 100)
	private String transferredTo;

	/** The tracking code of the application for disclosure this petition was routed from (第三十九条第一款). */
	@Column(name = "routed_from", length = 32)
	private String routedFrom;

	/** The pre-filled application for disclosure the citizen was pointed to (依申请公开). */
	@Column(name = "routed_to", length = 1000)
	private String routedTo;

	/** 重复信访: the matter's first petition, whose one reply answers this one too; null for a matter of its own. */
	@Column(name = "repeat_of")
	private Long repeatOf;

	/** The tracking code of {@link #repeatOf}, for the citizen's page. */
	@Column(name = "repeat_of_code", length = 32)
	private String repeatOfCode;

	@Column(name = "merged_at")
	private Instant mergedAt;

	@Column(name = "merged_by", length = 64)
	private String mergedBy;

	@Column(name = "draft_reply", length = 100000)
	private String draftReply;

	@Column(name = "reply", length = 100000)
	private String reply;

	/** The reply as published on the message board, personal data removed. */
	@Column(name = "public_reply", length = 100000)
	private String publicReply;

	/** On the message board: the citizen agreed, and the reply is out. */
	@Column(name = "published", nullable = false)
	private boolean published;

	/** 是否公开: the citizen's choice on the form that the message and the reply may be published. */
	@Column(name = "publication_consent", nullable = false)
	private boolean publicationConsent;

	/** The title as published on the message board, personal data removed. */
	@Column(name = "public_title", length = 200)
	private String publicTitle;

	/** The citizen's message as published on the message board, personal data removed. */
	@Column(name = "public_content", length = 100000)
	private String publicContent;

	/** The day the citizen got an answer: the reply, or the notice of refusal or forwarding. */
	@Column(name = "answered_on")
	private LocalDate answeredOn;

	@Column(name = "answered_on_time")
	private Boolean answeredOnTime;

	@Enumerated(EnumType.STRING)
	@Column(name = "rating", length = 24)
	private Rating rating;

	@Column(name = "rated_on")
	private LocalDate ratedOn;

	/** Whether the citizen has asked for the next level (复查 / 复核) against this opinion. */
	@Column(name = "next_level_requested", nullable = false)
	private boolean nextLevelRequested;

	@Column(name = "archived_on")
	private LocalDate archivedOn;

	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "petition_step", joinColumns = @JoinColumn(name = "petition_id"))
	@OrderColumn(name = "seq")
	private List<HistoryEntry> history = new ArrayList<>();

	protected Petition() {
	}

	/** Registers a petition received on {@code receivedOn}; acceptance is due within the legal period. */
	static Petition register(long agencyId, String trackingCode, String queryCodeHash, Channel channel,
			String categoryCode, String title, String content, Petitioner petitioner, int visitors,
			LocalDate receivedOn, Instant now, String actor, ReviewLevel level, Long previousId,
			PetitionTimeLimits limits) {
		var p = new Petition();
		p.agencyId = agencyId;
		p.trackingCode = trackingCode;
		p.queryCodeHash = queryCodeHash;
		p.channel = channel;
		p.categoryCode = categoryCode;
		p.title = title;
		p.content = content;
		p.petitionerName = petitioner.name();
		p.idNumber = petitioner.idNumber();
		p.phone = petitioner.phone();
		p.address = petitioner.address();
		p.visitors = channel == Channel.VISIT ? Math.max(1, visitors) : 0;
		p.receivedOn = receivedOn;
		p.receivedAt = now;
		p.reviewLevel = level;
		p.previousId = previousId;
		p.status = PetitionStatus.REGISTERED;
		p.acceptanceDue = limits.acceptance(receivedOn).due();
		p.dueOn = p.acceptanceDue;
		p.record(now, PetitionEvents.Registered::new, actor, level == ReviewLevel.FIRST ? null : level.name(), p.dueOn, true);
		return p;
	}

	/** 是否公开: the citizen agrees, on the form, that the exchange may be published once replied. */
	void consentToPublication() {
		publicationConsent = true;
	}

	// 登记交办 ------------------------------------------------------------------------------------

	/** 受理: the matter is accepted; the handling period starts. */
	void accept(LocalDate on, Instant now, String actor, PetitionTimeLimits limits) {
		check(Action.ACCEPT);
		acceptedOn = on;
		completionDue = limits.completion(on, receivedOn, reviewLevel).due();
		status = PetitionStatus.ACCEPTED;
		dueOn = completionDue;
		record(now, PetitionEvents.Accepted::new, actor, null, dueOn, true);
	}

	/** 不予受理: refused, with the reason the notice gives the citizen. */
	void reject(String reason, LocalDate on, Instant now, String actor) {
		check(Action.REJECT);
		requireText(reason);
		refusalReason = reason.strip();
		status = PetitionStatus.NOT_ACCEPTED;
		answer(on);
		dueOn = null;
		record(now, PetitionEvents.Rejected::new, actor, refusalReason, null, true);
	}

	/** Registered from an application for disclosure that was really a petition: keeps the link back. */
	void routedFrom(String requestTrackingCode) {
		routedFrom = requestTrackingCode;
	}

	/**
	 * 告知依申请公开: the petition only asks for government information, which is obtained by applying for
	 * disclosure (《政府信息公开条例》第二十七条); it is not accepted as a petition (不予受理), with the reason and
	 * the link to the pre-filled application.
	 */
	void routeToDisclosure(String reason, String applicationLink, LocalDate on, Instant now, String actor) {
		check(Action.ROUTE_TO_DISCLOSURE);
		refusalReason = reason;
		routedTo = applicationLink;
		status = PetitionStatus.NOT_ACCEPTED;
		answer(on);
		dueOn = null;
		record(now, PetitionEvents.RoutedToDisclosure::new, actor, refusalReason, null, true);
	}

	/** 转送: forwarded to the competent agency; the citizen is told where it went. */
	void transfer(String toAgency, LocalDate on, Instant now, String actor) {
		check(Action.TRANSFER);
		requireText(toAgency);
		transferredTo = toAgency.strip();
		status = PetitionStatus.TRANSFERRED;
		answer(on);
		dueOn = null;
		record(now, PetitionEvents.Transferred::new, actor, transferredTo, null, true);
	}

	/** 交办: assigned to a responsible unit; a message-board unit reports within 5 working days. */
	void assign(long unit, String name, LocalDate on, Instant now, String actor, PetitionTimeLimits limits) {
		check(Action.ASSIGN);
		unitId = unit;
		unitName = name;
		assignedOn = on;
		status = PetitionStatus.ASSIGNED;
		dueOn = channel == Channel.MESSAGE_BOARD ? limits.boardReport(on).due() : completionDue;
		record(now, PetitionEvents.Assigned::new, actor, name, dueOn, true);
	}

	// 认领告知 ------------------------------------------------------------------------------------

	/** 认领: the unit takes the case and the citizen is told who handles it. */
	void claim(Instant now, String actor) {
		check(Action.CLAIM);
		status = PetitionStatus.IN_HANDLING;
		record(now, PetitionEvents.Claimed::new, actor, unitName, dueOn, true);
	}

	/** 退回重新交办: the unit hands it back because it is not theirs; it waits for a new assignment. */
	void handBack(String reason, Instant now, String actor) {
		check(Action.HAND_BACK);
		requireText(reason);
		record(now, PetitionEvents.HandedBack::new, actor, unitName + "：" + reason.strip(), completionDue, false);
		unitId = null;
		unitName = null;
		assignedOn = null;
		status = PetitionStatus.ACCEPTED;
		dueOn = completionDue;
	}

	// 承办办理 ------------------------------------------------------------------------------------

	/** 延期: complex cases get at most 30 more days, approved by the head of the body (第三十四条). */
	void extend(int days, String reason, String approvedBy, Instant now, String actor, PetitionTimeLimits limits) {
		check(Action.EXTEND);
		if (days < 1 || days > limits.maxExtensionDays()) {
			throw new IllegalTransition("petitions.error.days.invalid", limits.maxExtensionDays());
		}
		requireText(reason);
		requireText(approvedBy);
		completionDue = limits.extendedCompletion(acceptedOn, receivedOn, days).due();
		extensionDays = days;
		dueOn = completionDue;
		record(now, PetitionEvents.Extended::new, actor, days + "日；" + reason.strip() + "；" + approvedBy.strip(), dueOn, true);
	}

	/** The unit's draft reply goes to the reviewer. */
	void submitDraft(String text, Instant now, String actor) {
		check(Action.SUBMIT_DRAFT);
		requireText(text);
		draftReply = text.strip();
		status = PetitionStatus.UNDER_REVIEW;
		record(now, PetitionEvents.DraftSubmitted::new, actor, null, dueOn, false);
	}

	// 审核报签 ------------------------------------------------------------------------------------

	/** 审核通过: the reviewer passes the draft to the signing leader. */
	void approve(Instant now, String actor) {
		check(Action.APPROVE);
		status = PetitionStatus.AWAITING_SIGNATURE;
		record(now, PetitionEvents.Approved::new, actor, null, dueOn, false);
	}

	/** 退回重办: the reviewer or the leader sends the draft back to the unit. */
	void returnForRework(String reason, Instant now, String actor) {
		check(Action.RETURN_FOR_REWORK);
		requireText(reason);
		status = PetitionStatus.IN_HANDLING;
		record(now, PetitionEvents.ReturnedForRework::new, actor, reason.strip(), dueOn, false);
	}

	/** 签发: the leader signs the reply off. */
	void sign(Instant now, String actor) {
		check(Action.SIGN);
		status = PetitionStatus.SIGNED;
		record(now, PetitionEvents.Signed::new, actor, null, dueOn, false);
	}

	// 统一回复 ------------------------------------------------------------------------------------

	/**
	 * 统一回复: the one official reply. When the citizen agreed to publication, the message and the
	 * reply go on the message board with the petitioner's personal data removed.
	 */
	void reply(LocalDate on, Instant now, String actor) {
		check(Action.REPLY);
		reply = draftReply;
		status = PetitionStatus.REPLIED;
		answer(on);
		if (publicationConsent) {
			publicTitle = PersonalData.redact(title, petitionerName, idNumber, phone, address);
			publicContent = PersonalData.redact(content, petitionerName, idNumber, phone, address);
			publicReply = PersonalData.redact(reply, petitionerName, idNumber, phone, address);
			published = true;
		}
		dueOn = null;
		record(now, PetitionEvents.Replied::new, actor, null, null, true);
	}

	// 重复信访 --------------------------------------------------------------------------------------

	/**
	 * 合并为重复件: the same person raised the same matter again (by any channel); this petition keeps its
	 * submission and tracking code and is handled together with {@code main}, the matter's first petition,
	 * whose one reply will answer it. Counted as a repeat, never as a new matter (the 信访工作条例 practice: one
	 * matter is handled and counted once, 件, the repeats apart). When {@code main} has been answered already, its
	 * reply answers this one now.
	 */
	void mergeInto(Petition main, LocalDate on, Instant now, String actor) {
		check(Action.MERGE);
		if (main == this || main.repeatOf != null || !main.agencyId.equals(agencyId)) {
			throw new IllegalTransition("petitions.error.repeat.target");
		}
		if (!main.acceptsRepeats()) {
			throw new IllegalTransition("petitions.error.repeat.targetState");
		}
		if (main.receivedAt.isAfter(receivedAt)) {
			throw new IllegalTransition("petitions.error.repeat.newer");
		}
		repeatOf = main.id;
		repeatOfCode = main.trackingCode;
		mergedAt = now;
		mergedBy = actor;
		status = PetitionStatus.MERGED;
		dueOn = null;
		record(now, PetitionEvents.Merged::new, actor, main.trackingCode, null, true);
		if (main.reply != null) {
			answerWith(main, on, now, actor);
		}
	}

	/**
	 * 统一回复 of a repeat: the main petition's reply, word for word, the same day (or, when the matter was
	 * forwarded, where it went); recorded in this file and told to this petitioner as every reply is. A repeat
	 * is never answered on its own.
	 */
	void answerWith(Petition main, LocalDate on, Instant now, String actor) {
		if (status != PetitionStatus.MERGED || !main.id.equals(repeatOf)) {
			throw new IllegalTransition("petitions.error.repeat.answer");
		}
		if (main.status == PetitionStatus.TRANSFERRED) {
			transferredTo = main.transferredTo;
			status = PetitionStatus.TRANSFERRED;
			answer(on);
			record(now, PetitionEvents.Transferred::new, actor, transferredTo, null, true);
			return;
		}
		if (main.reply == null) {
			throw new IllegalTransition("petitions.error.repeat.answer");
		}
		reply = main.reply;
		status = PetitionStatus.REPLIED;
		answer(on);
		if (on.equals(main.answeredOn)) {
			answeredOnTime = main.answeredOnTime; // answered with the matter, in the matter's time
		}
		record(now, PetitionEvents.Replied::new, actor, main.trackingCode, null, true);
	}

	/** Whether a repeat may be merged into this petition: an accepted matter, still being handled or replied. */
	public boolean acceptsRepeats() {
		return repeatOf == null && switch (status) {
			case ACCEPTED, ASSIGNED, IN_HANDLING, UNDER_REVIEW, AWAITING_SIGNATURE, SIGNED -> true;
			case REPLIED, ANALYSED, ARCHIVED -> reply != null;
			default -> false;
		};
	}

	/** Whether this petition is a repeat (重复信访) of an earlier one of the same matter. */
	public boolean isRepeat() {
		return repeatOf != null;
	}

	/** 网上评: the citizen rates the reply, once, within the window. */
	void rate(Rating given, LocalDate on, Instant now, PetitionTimeLimits limits) {
		requireAnswered();
		if (rating != null) {
			throw new IllegalTransition("petitions.error.alreadyRated");
		}
		if (on.isAfter(limits.ratingWindow(answeredOn).due())) {
			throw new IllegalTransition("petitions.error.ratingClosed");
		}
		rating = given;
		ratedOn = on;
		record(now, PetitionEvents.Rated::new, "citizen", given.label(), null, true);
	}

	/**
	 * The citizen asks for the next level against this opinion (复查 after the first handling, 复核
	 * after 复查) within 30 days of the reply. After 复核 nothing more is accepted (三级终结).
	 *
	 * @return the level of the new matter
	 */
	ReviewLevel requestNextLevel(LocalDate on, Instant now, PetitionTimeLimits limits) {
		requireAnswered();
		var next = reviewLevel.next().orElseThrow(
				() -> new IllegalTransition("petitions.error.final"));
		if (nextLevelRequested) {
			throw new IllegalTransition("petitions.error.alreadyRequested");
		}
		if (on.isAfter(limits.reviewRequestWindow(answeredOn, receivedOn, reviewLevel).due())) {
			throw new IllegalTransition("petitions.error.reviewWindowClosed");
		}
		nextLevelRequested = true;
		record(now, PetitionEvents.ReviewRequested::new, "citizen", next.name(), null, true);
		return next;
	}

	// 分析通报, 立卷存档 --------------------------------------------------------------------------

	/** 分析通报: counted in an analysis report circulated to the units. */
	void analyse(String report, Instant now, String actor) {
		check(Action.ANALYSE);
		requireText(report);
		status = PetitionStatus.ANALYSED;
		record(now, PetitionEvents.Analysed::new, actor, report.strip(), null, false);
	}

	/** 立卷存档: archived with its file; nothing changes afterwards. */
	void archive(LocalDate on, Instant now, String actor) {
		check(Action.ARCHIVE);
		status = PetitionStatus.ARCHIVED;
		archivedOn = on;
		record(now, PetitionEvents.Archived::new, actor, null, null, true);
	}

	/** A 复核 whose hearings were held on these days: the days are not counted in its period (第三十六条). */
	void countWithoutHearings(java.util.Collection<LocalDate> days, Instant now, String actor, PetitionTimeLimits limits) {
		if (reviewLevel != ReviewLevel.RE_REVIEW || !status.isOpen()) {
			return;
		}
		completionDue = limits.reReviewDecisionWithHearings(receivedOn, days).due();
		if (status != PetitionStatus.REGISTERED) {
			dueOn = completionDue;
		}
	}

	/** 听证 or 督办 noted in the file (the records themselves live beside the petition). */
	void note(PetitionEvents.Factory event, String text, Instant now, String actor) {
		if (status == PetitionStatus.ARCHIVED) {
			throw new IllegalTransition("petitions.error.illegal");
		}
		record(now, event, actor, text, dueOn, false);
	}

	// ---------------------------------------------------------------------------------------------

	/** The actions the current state and the law allow, for anyone ({@link PetitionWorkflow#TABLE}). */
	public Set<Action> allowedActions() {
		return PetitionWorkflow.TABLE.allowed(this);
	}

	/** Whether an open petition is past the deadline of its step on {@code today}. */
	public boolean isOverdue(LocalDate today) {
		return status.isOpen() && dueOn != null && today.isAfter(dueOn);
	}

	/** A visit of five or more people (集体访). */
	public boolean isGroupVisit() {
		return channel == Channel.VISIT && visitors >= 5;
	}

	private void answer(LocalDate on) {
		answeredOn = on;
		LocalDate due = completionDue != null ? completionDue : acceptanceDue;
		if (channel == Channel.MESSAGE_BOARD && dueOn != null && status == PetitionStatus.REPLIED) {
			due = dueOn;
		}
		answeredOnTime = !on.isAfter(due);
	}

	private void check(Action action) {
		PetitionWorkflow.TABLE.check(this, action);
	}

	/** Rating and 复查/复核 requests are for a matter that got its reply. */
	private void requireAnswered() {
		if (status != PetitionStatus.REPLIED && status != PetitionStatus.ANALYSED && status != PetitionStatus.ARCHIVED) {
			throw new IllegalTransition("petitions.error.notAnswered");
		}
	}

	private static void requireText(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A reason or text is required");
		}
	}

	private void record(Instant now, PetitionEvents.Factory factory, String actor, String note, LocalDate due,
			boolean visible) {
		var event = factory.create(id == null ? 0 : id, trackingCode, agencyId, status.step(), note);
		history.add(new HistoryEntry(now, status.step(), event.verb(), actor, note, due, visible));
		boolean privateNote = event instanceof PetitionEvents.Registered || event instanceof PetitionEvents.Rated;
		registerEvent(privateNote ? factory.create(event.petitionId(), trackingCode, agencyId, status.step(), null) : event);
	}

	/** The events registered and not yet published (for tests of the aggregate). */
	java.util.Collection<Object> pendingEvents() {
		return domainEvents();
	}

	// ---------------------------------------------------------------------------------------------

	public Long getId() {
		return id;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public String getTrackingCode() {
		return trackingCode;
	}

	String getQueryCodeHash() {
		return queryCodeHash;
	}

	public Channel getChannel() {
		return channel;
	}

	public PetitionStatus getStatus() {
		return status;
	}

	public ReviewLevel getReviewLevel() {
		return reviewLevel;
	}

	public Long getPreviousId() {
		return previousId;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public String getTitle() {
		return title;
	}

	public String getContent() {
		return content;
	}

	/** Sets the blind indexes of the identity and phone numbers; the management does this once, before saving. */
	void indexIdentity(java.util.function.UnaryOperator<String> blindIndex,
			java.util.function.UnaryOperator<String> phoneIndex) {
		this.idNumberIndex = idNumber == null ? null : blindIndex.apply(idNumber);
		this.phoneIndex = phone == null ? null : phoneIndex.apply(phone);
	}

	/** The blind index of the identity number, for finding the same person's matters ({@link RepeatFinder}). */
	String idNumberIndex() {
		return idNumberIndex;
	}

	/** The blind index of the phone number, for finding the same person's matters ({@link RepeatFinder}). */
	String phoneIndex() {
		return phoneIndex;
	}

	public Petitioner getPetitioner() {
		return new Petitioner(petitionerName, idNumber, phone, address);
	}

	public int getVisitors() {
		return visitors;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public LocalDate getAcceptanceDue() {
		return acceptanceDue;
	}

	public LocalDate getAcceptedOn() {
		return acceptedOn;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getUnitName() {
		return unitName;
	}

	public LocalDate getAssignedOn() {
		return assignedOn;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public LocalDate getCompletionDue() {
		return completionDue;
	}

	public int getExtensionDays() {
		return extensionDays;
	}

	public String getRefusalReason() {
		return refusalReason;
	}

	public String getRoutedFrom() {
		return routedFrom;
	}

	public String getRoutedTo() {
		return routedTo;
	}

	public String getTransferredTo() {
		return transferredTo;
	}

	public String getDraftReply() {
		return draftReply;
	}

	public String getReply() {
		return reply;
	}

	public String getPublicReply() {
		return publicReply;
	}

	public boolean isPublished() {
		return published;
	}

	public boolean isPublicationConsent() {
		return publicationConsent;
	}

	public String getPublicTitle() {
		return publicTitle;
	}

	public String getPublicContent() {
		return publicContent;
	}

	public LocalDate getAnsweredOn() {
		return answeredOn;
	}

	public Boolean getAnsweredOnTime() {
		return answeredOnTime;
	}

	public Rating getRating() {
		return rating;
	}

	public LocalDate getRatedOn() {
		return ratedOn;
	}

	public boolean isNextLevelRequested() {
		return nextLevelRequested;
	}

	public LocalDate getArchivedOn() {
		return archivedOn;
	}

	public Long getRepeatOf() {
		return repeatOf;
	}

	public String getRepeatOfCode() {
		return repeatOfCode;
	}

	public Instant getMergedAt() {
		return mergedAt;
	}

	public String getMergedBy() {
		return mergedBy;
	}

	public List<HistoryEntry> getHistory() {
		return Collections.unmodifiableList(history);
	}
}
