package sunshine.petitions;

import static sunshine.petitions.PetitionStatus.*;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import sunshine.agency.Role;
import sunshine.petitions.Petition.Action;
import sunshine.shared.workflow.TransitionTable;

/**
 * The petition workflow in one table (《信访工作条例》2022 第二十一条至第三十五条 and the seed agency's seven
 * steps 登记交办 → 认领告知 → 承办办理 → 审核报签 → 统一回复 → 分析通报 → 立卷存档): for each action, the
 * states it is taken from, the role that takes it, its form, and the conditions of law.
 * {@link Petition}'s verbs check it, {@link PetitionManagement} checks the caller against it, the
 * console builds its queues and buttons from it.
 *
 * <p>Who signs: the signing leader of the agency that holds the matter. A leader of a parent agency
 * reads the matters below (督办, statistics) but signs only their own agency's; a matter that must be
 * decided higher up is transferred (转送) or comes up as 复查/复核, and then it is the higher agency's own.
 */
public final class PetitionWorkflow {

	private PetitionWorkflow() {
	}

	// The forms of the actions; the console's fields and the JSON API's members have these names. -------

	/** 不予受理, 退回重新交办, 退回重办: the reason the citizen or the unit is told. */
	public record Reason(@NotBlank(message = "{petitions.error.reason.missing}") @Size(max = 1000,
			message = "{petitions.error.reason.tooLong}") String reason) {
	}

	/** 转送: the competent agency the matter is forwarded to. */
	public record Transfer(@NotBlank(message = "{petitions.error.to.agency.missing}") @Size(max = 100,
			message = "{petitions.error.to.agency.tooLong}") String to) {
	}

	/** 交办: the responsible unit, one of the agency's own. */
	public record Assign(@NotNull(message = "{petitions.error.unit.missing}") Long unitId) {
	}

	/** 延期: how many days (at most the setting {@code sunshine.petitions.max-extension-days}), why, approved by whom. */
	public record Extend(@NotNull(message = "{petitions.error.days.missing}") @Min(value = 1,
			message = "{petitions.error.days.missing}") Integer days,
			@NotBlank(message = "{petitions.error.reason.missing}") @Size(max = 1000,
					message = "{petitions.error.reason.tooLong}") String reason,
			@NotBlank(message = "{petitions.error.approvedBy.missing}") @Size(max = 100,
					message = "{petitions.error.approvedBy.tooLong}") String approvedBy) {
	}

	/** The unit's draft reply. */
	public record Draft(@NotBlank(message = "{petitions.error.text.missing}") @Size(max = 20000,
			message = "{petitions.error.text.tooLong}") String text) {
	}

	/** 分析通报: the analysis report the petition is counted in. */
	public record Analyse(@NotBlank(message = "{petitions.error.report.missing}") @Size(max = 200,
			message = "{petitions.error.report.tooLong}") String report) {
	}

	/**
	 * 合并为重复件: the tracking code of the matter's first petition (a repeat of a repeat is merged into that
	 * repeat's main petition).
	 */
	public record Merge(@NotBlank(message = "{petitions.error.repeat.into.missing}") @Size(max = 32,
			message = "{petitions.error.repeat.into.missing}") String into) {
	}

	/** The table. */
	public static final TransitionTable<Petition, PetitionStatus, Action, Role> TABLE = TransitionTable
			.of(PetitionStatus.class, Action.class, Role.class, Petition::getStatus, "petitions.error.illegal",
					"petitions.error.role")
			// 登记交办
			.on(Action.ACCEPT).from(REGISTERED).by(Role.REGISTRAR).noForm()
			.on(Action.REJECT).from(REGISTERED).by(Role.REGISTRAR).form(Reason.class)
			.on(Action.TRANSFER).from(REGISTERED, ACCEPTED).by(Role.REGISTRAR).form(Transfer.class)
			// 《政府信息公开条例》第二十七条: a request for government information goes to 依申请公开
			.on(Action.ROUTE_TO_DISCLOSURE).from(REGISTERED).by(Role.REGISTRAR).noForm()
			.on(Action.ASSIGN).from(ACCEPTED).by(Role.REGISTRAR).form(Assign.class)
			// 重复信访: the same person's same matter again is handled once, with the matter's first petition
			.on(Action.MERGE).from(REGISTERED, ACCEPTED).by(Role.REGISTRAR).form(Merge.class)
			// 认领告知
			.on(Action.CLAIM).from(ASSIGNED).by(Role.HANDLER).noForm()
			.on(Action.HAND_BACK).from(ASSIGNED, IN_HANDLING).by(Role.HANDLER).form(Reason.class)
			// 承办办理: 延期 once, not for the message board nor for 复查/复核 (第三十四条; their periods are fixed)
			.on(Action.EXTEND).from(IN_HANDLING).by(Role.HANDLER)
			.when(p -> p.getChannel() != Channel.MESSAGE_BOARD && p.getReviewLevel() == ReviewLevel.FIRST,
					"petitions.error.noExtension")
			.when(p -> p.getExtensionDays() == 0, "petitions.error.extendedOnce").form(Extend.class)
			.on(Action.SUBMIT_DRAFT).from(IN_HANDLING).by(Role.HANDLER).form(Draft.class)
			// 审核报签
			.on(Action.APPROVE).from(UNDER_REVIEW).by(Role.REVIEWER).noForm()
			.on(Action.RETURN_FOR_REWORK).from(UNDER_REVIEW).by(Role.REVIEWER).form(Reason.class)
			.on(Action.RETURN_FOR_REWORK).from(AWAITING_SIGNATURE).by(Role.SIGNING_LEADER).form(Reason.class)
			.on(Action.SIGN).from(AWAITING_SIGNATURE).by(Role.SIGNING_LEADER).noForm()
			// 统一回复, 分析通报, 立卷存档
			.on(Action.REPLY).from(SIGNED).by(Role.REGISTRAR).noForm()
			.on(Action.ANALYSE).from(REPLIED).by(Role.REGISTRAR).form(Analyse.class)
			.on(Action.ARCHIVE).from(ANALYSED, NOT_ACCEPTED, TRANSFERRED).by(Role.REGISTRAR).noForm()
			// notes in the file of an open matter: 督办 (its own form on the supervision page), 听证 for 复查/复核
			.on(Action.SUPERVISE).from(PetitionStatus.OPEN).by(Role.SUPERVISOR).annotation().noForm()
			.on(Action.HEARING).from(PetitionStatus.OPEN).by(Role.REVIEWER)
			.when(p -> p.getReviewLevel() != ReviewLevel.FIRST, "petitions.error.hearingLevel").annotation().noForm()
			.build();
}
