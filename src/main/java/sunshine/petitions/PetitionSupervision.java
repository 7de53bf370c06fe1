package sunshine.petitions;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.shared.workflow.NotFound;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.petitions.internal.HearingRepository;
import sunshine.petitions.internal.SupervisionRepository;

/**
 * 网上督: supervision orders (督办) with their own deadline and answer, hearings (听证), and the
 * reminders of overdue work. Each is noted in the petition's file and audited.
 */
@Service
@Transactional
public class PetitionSupervision {

	/** The reminder run found overdue work in an agency (recorded in the audit log, by the system). */
	public record OverdueReminded(long agencyId, long overdue, LocalDate on) implements sunshine.shared.AuditableEvent {
		@Override
		public String action() {
			return "petitions.overdueReminder";
		}

		@Override
		public String subject() {
			return "agency:" + agencyId;
		}

		@Override
		public String detail() {
			return overdue + " overdue on " + on;
		}
	}

	private final PetitionManagement petitions;
	private final SupervisionRepository orders;
	private final HearingRepository hearings;
	private final PetitionTimeLimits limits;
	private final PetitionQueries queries;
	private final AgencyLookup agencies;
	private final ApplicationEventPublisher events;

	PetitionSupervision(PetitionManagement petitions, SupervisionRepository orders, HearingRepository hearings,
			PetitionTimeLimits limits, PetitionQueries queries, AgencyLookup agencies, ApplicationEventPublisher events) {
		this.petitions = petitions;
		this.orders = orders;
		this.hearings = hearings;
		this.limits = limits;
		this.queries = queries;
		this.agencies = agencies;
		this.events = events;
	}

	/** The form of a supervision order: what to do, and within how many calendar days to answer. */
	public record OrderForm(@jakarta.validation.constraints.NotBlank(message = "{petitions.error.instruction.missing}")
			@jakarta.validation.constraints.Size(max = 1000, message = "{petitions.error.instruction.tooLong}") String instruction,
			@jakarta.validation.constraints.NotNull(message = "{petitions.error.orderDays.invalid}")
			@jakarta.validation.constraints.Min(value = 1, message = "{petitions.error.orderDays.invalid}")
			@jakarta.validation.constraints.Max(value = 60, message = "{petitions.error.orderDays.invalid}") Integer days) {
	}

	/** The form of a hearing held on a 复查/复核. */
	public record HearingForm(@jakarta.validation.constraints.NotNull(message = "{petitions.error.heldOn.missing}") LocalDate heldOn,
			@jakarta.validation.constraints.NotBlank(message = "{petitions.error.participants.missing}")
			@jakarta.validation.constraints.Size(max = 1000, message = "{petitions.error.participants.tooLong}") String participants,
			@jakarta.validation.constraints.NotBlank(message = "{petitions.error.result.missing}")
			@jakarta.validation.constraints.Size(max = 2000, message = "{petitions.error.result.tooLong}") String result) {
	}

	/** The form of an answer to a supervision order. */
	public record AnswerForm(@jakarta.validation.constraints.NotNull(message = "{petitions.error.order.missing}") Long orderId,
			@jakarta.validation.constraints.NotBlank(message = "{petitions.error.answer.missing}")
			@jakarta.validation.constraints.Size(max = 2000, message = "{petitions.error.answer.tooLong}") String answer) {
	}

	/** 督办: a supervisor orders the handling agency to act, answer due in {@code days} calendar days. */
	public Supervision issue(long petitionId, String instruction, int days, StaffUser user) {
		if (instruction == null || instruction.isBlank()) {
			throw new IllegalArgumentException("An instruction is required");
		}
		if (days < 1 || days > 60) {
			throw new IllegalArgumentException("Between 1 and 60 days");
		}
		LocalDate today = petitions.today();
		LocalDate due = limits.supervisionAnswer(today, days).due();
		Petition petition = petitions.annotate(petitionId, user, Role.SUPERVISOR, PetitionEvents.Supervised::new,
				instruction.strip() + "（" + due + "前反馈）");
		return orders.save(new Supervision(petitionId, petition.getAgencyId(), user.username(), petitions.now(),
				instruction.strip(), due));
	}

	/** The handling agency answers a supervision order. */
	public void answer(long orderId, String answer, StaffUser user) {
		Supervision order = orders.findById(orderId)
				.filter(o -> agencies.scopeOf(user).includes(o.getAgencyId()))
				.orElseThrow(() -> new NotFound("petitions.error.notFound"));
		Role role = user.has(Role.HANDLER) ? Role.HANDLER : Role.REGISTRAR;
		order.answer(answer, user.username(), petitions.today());
		petitions.annotate(order.getPetitionId(), user, role, PetitionEvents.SupervisionAnswered::new, answer.strip());
		orders.save(order);
	}

	/** 听证: records a hearing held on a 复查/复核 matter. */
	public void recordHearing(long petitionId, LocalDate heldOn, String participants, String result, StaffUser user) {
		if (participants == null || participants.isBlank() || result == null || result.isBlank() || heldOn == null) {
			throw new IllegalArgumentException("Date, participants and result are required");
		}
		Petition petition = petitions.annotate(petitionId, user, Role.REVIEWER, PetitionEvents.HearingHeld::new,
				heldOn + "：" + participants.strip() + "；" + result.strip());
		PetitionWorkflow.TABLE.check(petition, Petition.Action.HEARING);
		hearings.save(new PetitionHearing(petitionId, petition.getAgencyId(), heldOn, participants.strip(),
				result.strip(), user.username()));
		var days = new java.util.ArrayList<LocalDate>(queries.hearingsOf(petitionId).stream()
				.map(PetitionQueries.Hearing::heldOn).toList());
		if (!days.contains(heldOn)) {
			days.add(heldOn);
		}
		petitions.recountWithoutHearings(petitionId, days);
	}

	/** Records, per agency, how much open work is overdue today; run daily by the reminder job. */
	public int remindOverdue() {
		LocalDate today = petitions.today();
		var counts = queries.overduePerAgency(today);
		for (long[] count : counts) {
			events.publishEvent(new OverdueReminded(count[0], count[1], today));
		}
		return counts.size();
	}

	/**
	 * Escalation: open petitions more than {@code afterDays} past their step's deadline and without an
	 * unanswered supervision order get one from the system, answer due in 10 days.
	 *
	 * @return how many orders were issued
	 */
	public int escalate(int afterDays) {
		LocalDate today = petitions.today();
		var ids = queries.toEscalate(today.minusDays(afterDays), 500);
		LocalDate due = limits.supervisionAnswer(today, 10).due();
		for (long id : ids) {
			Petition petition = petitions.annotateBySystem(id, PetitionEvents.Supervised::new, "系统自动督办：已超过办理期限" + afterDays + "日以上");
			orders.save(new Supervision(id, petition.getAgencyId(), "system", petitions.now(),
					"系统自动督办：已超过办理期限，请于" + due + "前反馈办理情况", due));
		}
		return ids.size();
	}
}
