package sunshine.requests;

import static sunshine.requests.RequestStatus.*;

import java.time.LocalDate;
import java.util.EnumSet;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import sunshine.agency.Role;
import sunshine.requests.DisclosureRequest.Action;
import sunshine.shared.workflow.TransitionTable;

/**
 * The 依申请公开 workflow in one table (《政府信息公开条例》2019 第二十七条至第三十七条; 2008 第二十条至第二十四条):
 * for each action the states it is taken from, the role that takes it, its form and its conditions of
 * law. The roles follow the practice of a disclosure office: the registrar (登记) receives, accepts,
 * asks for 补正 and files; the handler (承办人) runs the case — consultations, extension, fees — and
 * drafts the answer; the reviewer (审核) approves the draft and the signing leader (签发领导) signs it,
 * which issues the answer. Editors, report editors and supervisors read requests; they take no action.
 * {@link DisclosureRequest}'s verbs check it, {@link DisclosureRequestManagement} checks the caller, the
 * console derives its queues and forms from it.
 */
public final class RequestWorkflow {

	private RequestWorkflow() {
	}

	// Forms. "on" is the legal day of the act; empty means today, and it may not lie in the future. -----

	/** An act on a day: 受理, 收到补正, 征求意见结束, 缴费. */
	public record Dated(LocalDate on) {
	}

	/** 补正告知: what to supplement and by when. */
	public record Correction(LocalDate on,
			@NotBlank(message = "{requests.error.noteMissing}") @Size(max = 2000, message = "{requests.error.noteTooLong}") String note,
			@NotNull(message = "{requests.error.supplementByMissing}") LocalDate supplementBy) {
	}

	/** 征求意见: a third party (第三十二条) or another agency (第三十四条). */
	public record Consult(LocalDate on, PauseKind kind,
			@NotBlank(message = "{requests.error.partyMissing}") @Size(max = 200, message = "{requests.error.partyTooLong}") String party) {

		/** A third party unless another agency is named. */
		public PauseKind kindOrDefault() {
			return kind == PauseKind.OTHER_AGENCY ? PauseKind.OTHER_AGENCY : PauseKind.THIRD_PARTY;
		}
	}

	/** 延期答复: how many working days, approved by whom, why. */
	public record Extend(LocalDate on,
			@NotNull(message = "{requests.error.daysMissing}") @Min(value = 1, message = "{requests.error.extensionDays}") Integer days,
			@NotBlank(message = "{requests.error.approverMissing}") @Size(max = 64, message = "{requests.error.approverTooLong}") String approvedBy,
			@Size(max = 1000, message = "{requests.error.reasonTooLong}") String reason) {
	}

	/** 第三十五条: the later date the agency fixes, and why. */
	public record AgencyDate(@NotNull(message = "{requests.error.agencyDateMissing}") LocalDate date,
			@Size(max = 1000, message = "{requests.error.reasonTooLong}") String reason) {
	}

	/** 收费通知: by request (按件) or by pages (按量). */
	public record Fee(LocalDate on, ProcessingFee.Method method, @Min(value = 0, message = "{requests.error.pages}") Integer pages) {

		public ProcessingFee.Method methodOrDefault() {
			return method == null ? ProcessingFee.Method.PER_REQUEST : method;
		}
	}

	/** 拟办答复: the handler's draft — the outcome in the 2021 table's terms and the text of the answer. */
	public record Draft(@NotNull(message = "{requests.error.outcome}") Outcome outcome,
			@Size(max = 4000, message = "{requests.error.answerTooLong}") String text) {
	}

	/** 退回: why the draft goes back to the handler. */
	public record Return(@NotBlank(message = "{requests.error.reasonMissing}") @Size(max = 1000,
			message = "{requests.error.reasonTooLong}") String reason) {
	}

	/** 签发答复: the signing leader signs the approved draft; the answer goes out on this day. */
	public record Answer(LocalDate on) {
	}

	/** 告知已主动公开: the catalogue item (its number, or its address {@code /disclosure/items/<id>}). */
	public record Published(@NotBlank(message = "{requests.error.itemMissing}") @Size(max = 200,
			message = "{requests.error.itemMissing}") String item) {
	}

	/** 撤回: what the applicant said. */
	public record Withdraw(@Size(max = 2000, message = "{requests.error.noteTooLong}") String note) {
	}

	/** States in which the case is handled and the clock runs (an answer may be drafted, a party consulted). */
	static final EnumSet<RequestStatus> HANDLING = EnumSet.of(RECEIVED, IN_PROGRESS);

	/** States in which the answer period itself can still be changed. */
	static final EnumSet<RequestStatus> PERIOD_OPEN = EnumSet.of(RECEIVED, IN_PROGRESS, IN_CONSULTATION);

	public static final TransitionTable<DisclosureRequest, RequestStatus, Action, Role> TABLE = TransitionTable
			.<DisclosureRequest, RequestStatus, Action, Role>of(RequestStatus.class, Action.class, Role.class,
					DisclosureRequest::getStatus, "requests.error.state", "requests.error.role")
			// 登记: receipt, acceptance, 补正 (第三十条: once)
			.on(Action.ACCEPT).from(RECEIVED).by(Role.REGISTRAR).form(Dated.class)
			.on(Action.REQUEST_CORRECTION).from(RECEIVED).by(Role.REGISTRAR)
			.when(r -> r.getCorrectionRequestedOn() == null, "requests.error.correctionOnce").form(Correction.class)
			.on(Action.SUPPLEMENT).from(CORRECTION_REQUESTED).by(Role.REGISTRAR).form(Dated.class)
			.on(Action.ABANDON).from(CORRECTION_REQUESTED).by(Role.REGISTRAR).noForm()
			// 承办: consultation (第三十二条、第三十四条), extension (第三十三条), agency date (第三十五条), fee (国办函〔2020〕109号)
			.on(Action.CONSULT).from(HANDLING).by(Role.HANDLER).form(Consult.class)
			.on(Action.END_CONSULTATION).from(IN_CONSULTATION).by(Role.HANDLER).form(Dated.class)
			.on(Action.EXTEND).from(PERIOD_OPEN).by(Role.HANDLER)
			.when(r -> r.getExtensionDays() == null, "requests.error.extendedOnce").form(Extend.class)
			.on(Action.SET_AGENCY_DATE).from(PERIOD_OPEN).by(Role.HANDLER)
			.when(r -> r.getRegime().allowsAgencySetDate(), "requests.error.agencyDate2008")
			.when(r -> r.getAgencySetDueOn() == null, "requests.error.agencyDateOnce").form(AgencyDate.class)
			.on(Action.NOTIFY_FEE).from(HANDLING).by(Role.HANDLER)
			.when(DisclosureRequest::feeInForce, "requests.error.feeNotInForce")
			.when(r -> r.getFeeNotifiedOn() == null, "requests.error.feeOnce").form(Fee.class)
			.on(Action.RECORD_PAYMENT).from(AWAITING_PAYMENT).by(Role.HANDLER).form(Dated.class)
			.on(Action.LAPSE_FEE).from(AWAITING_PAYMENT).by(Role.HANDLER).noForm()
			// 答复 (第三十六条): the handler drafts, the reviewer approves, the signing leader signs and issues
			.on(Action.DRAFT_ANSWER).from(HANDLING).by(Role.HANDLER).form(Draft.class)
			.on(Action.APPROVE_ANSWER).from(ANSWER_DRAFTED).by(Role.REVIEWER).noForm()
			.on(Action.RETURN_ANSWER).from(ANSWER_DRAFTED).by(Role.REVIEWER).form(Return.class)
			.on(Action.RETURN_ANSWER).from(ANSWER_APPROVED).by(Role.SIGNING_LEADER).form(Return.class)
			.on(Action.ANSWER).from(ANSWER_APPROVED).by(Role.SIGNING_LEADER).form(Answer.class)
			// 归档, 撤回
			.on(Action.CLOSE).from(CONCLUDED).by(Role.REGISTRAR).noForm()
			.on(Action.WITHDRAW).from(RequestStatus.OPEN).by(Role.REGISTRAR).form(Withdraw.class)
			// 第三十九条第一款: a complaint, report or petition goes to the petition procedure, before an answer is drafted
			.on(Action.ROUTE_TO_PETITION).from(HANDLING).by(Role.REGISTRAR).noForm()
			// 第三十六条第（一）项: information already published — the answer tells where to find it
			.on(Action.POINT_TO_PUBLISHED).from(HANDLING).by(Role.HANDLER).form(Published.class)
			.build();

}
