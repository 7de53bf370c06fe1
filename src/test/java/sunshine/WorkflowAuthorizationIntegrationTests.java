package sunshine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.petitions.Petition;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.PetitionWorkflow;
import sunshine.petitions.Submission;
import sunshine.requests.DisclosureRequest;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.IntakeChannel;
import sunshine.requests.Outcome;
import sunshine.requests.PauseKind;
import sunshine.requests.ProcessingFee;
import sunshine.requests.RequestApplication;
import sunshine.requests.RequestWorkflow;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotPermitted;
import sunshine.shared.workflow.TransitionTable.NoForm;

/**
 * Who may take which workflow step, read from the transition tables themselves: every action of
 * {@link RequestWorkflow#TABLE}, {@link PetitionWorkflow#TABLE} and {@link sunshine.opinion.OpinionWorkflow#TABLE}, by every role, from the case's own
 * agency, its parent and a sibling. Only a role of the action's row in the case's own agency gets past
 * the door — it may still be refused by the state or the law, never by {@link NotPermitted}; everyone
 * else is refused with {@link NotPermitted} before anything changes.
 */
@SunshineIntegrationTest
class WorkflowAuthorizationIntegrationTests {

	enum Place {
		OWN, PARENT, SIBLING
	}

	@Autowired
	DisclosureRequestManagement requests;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	sunshine.opinion.OpinionManagement opinion;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void letsOnlyTheRoleOfEachRequestActionInTheRequestsOwnAgencyPastTheDoor() {
		LocalDate today = LocalDate.now(clock);
		Map<Class<? extends Record>, Record> samples = Map.ofEntries(
				Map.entry(RequestWorkflow.Dated.class, new RequestWorkflow.Dated(null)),
				Map.entry(RequestWorkflow.Correction.class,
						new RequestWorkflow.Correction(null, "请写明所需信息的文号", today.plusDays(15))),
				Map.entry(RequestWorkflow.Consult.class, new RequestWorkflow.Consult(null, PauseKind.THIRD_PARTY, "宁夏某公司")),
				Map.entry(RequestWorkflow.Extend.class, new RequestWorkflow.Extend(null, 5, "刘志强", "需调取档案")),
				Map.entry(RequestWorkflow.AgencyDate.class, new RequestWorkflow.AgencyDate(today.plusDays(90), "申请频次过高")),
				Map.entry(RequestWorkflow.Fee.class, new RequestWorkflow.Fee(null, ProcessingFee.Method.PER_REQUEST, 0)),
				Map.entry(RequestWorkflow.Draft.class, new RequestWorkflow.Draft(Outcome.R1, "见附件")),
				Map.entry(RequestWorkflow.Return.class, new RequestWorkflow.Return("请补充依据")),
				Map.entry(RequestWorkflow.Answer.class, new RequestWorkflow.Answer(null)),
				Map.entry(RequestWorkflow.Withdraw.class, new RequestWorkflow.Withdraw("申请人撤回")),
				Map.entry(RequestWorkflow.Published.class, new RequestWorkflow.Published("/disclosure/items/1")),
				Map.entry(NoForm.class, new NoForm()));
		Agency city = agencies.byCode("640100-xfj").orElseThrow();
		Supplier<Long> freshRequest = () -> newRequest(city);
		long probed = freshRequest.get();
		List<String> checked = new ArrayList<>();
		for (DisclosureRequest.Action action : DisclosureRequest.Action.values()) {
			Set<Role> allowed = RequestWorkflow.TABLE.rolesFor(action);
			assertThat(allowed).as(action + " has a role").isNotEmpty();
			Record form = samples.get(RequestWorkflow.TABLE.formOf(action));
			for (Role role : Role.values()) {
				for (Place place : Place.values()) {
					StaffUser user = caller(role, place, city);
					if (allowed.contains(role) && place == Place.OWN) {
						long id = freshRequest.get();
						passesTheDoor(() -> requests.act(user, id, action, form), action + " by " + role);
					}
					else {
						assertThatThrownBy(() -> requests.act(user, probed, action, form))
								.as(action + " by " + role + " of the " + place + " agency").isInstanceOf(NotPermitted.class);
					}
					checked.add(action + "/" + role + "/" + place);
				}
			}
		}
		assertThat(checked).hasSize(DisclosureRequest.Action.values().length * Role.values().length * 3);
		// the supervisor, the editors and the report editor read requests but take no step at all
		for (Role reader : EnumSet.of(Role.SUPERVISOR, Role.DISCLOSURE_EDITOR, Role.REPORT_EDITOR)) {
			assertThat(EnumSet.allOf(DisclosureRequest.Action.class))
					.noneMatch(a -> RequestWorkflow.TABLE.rolesFor(a).contains(reader));
		}
	}

	@Test
	void letsOnlyTheRoleOfEachPetitionStepInThePetitionsOwnAgencyPastTheDoor() {
		Map<Class<? extends Record>, Record> samples = Map.of(
				PetitionWorkflow.Reason.class, new PetitionWorkflow.Reason("不属于本机关职权范围"),
				PetitionWorkflow.Transfer.class, new PetitionWorkflow.Transfer("银川市住房和城乡建设局"),
				PetitionWorkflow.Assign.class, new PetitionWorkflow.Assign(0L),
				PetitionWorkflow.Extend.class, new PetitionWorkflow.Extend(10, "案情复杂", "刘志强"),
				PetitionWorkflow.Draft.class, new PetitionWorkflow.Draft("答复意见"),
				PetitionWorkflow.Analyse.class, new PetitionWorkflow.Analyse("2026年第1期分析通报"),
				PetitionWorkflow.Merge.class, new PetitionWorkflow.Merge("XF-2000-NOSUCH00"),
				NoForm.class, new NoForm());
		Agency city = agencies.byCode("640100-xfj").orElseThrow();
		long probed = newPetition(city);
		for (Petition.Action action : Petition.Action.values()) {
			if (action == Petition.Action.SUPERVISE || action == Petition.Action.HEARING) {
				continue; // notes in the file, taken on the supervision page (AuthorizationMatrixIntegrationTests)
			}
			Set<Role> allowed = PetitionWorkflow.TABLE.rolesFor(action);
			Record form = samples.get(PetitionWorkflow.TABLE.formOf(action));
			for (Role role : Role.values()) {
				for (Place place : Place.values()) {
					StaffUser user = caller(role, place, city);
					if (allowed.contains(role) && place == Place.OWN) {
						long id = newPetition(city);
						passesTheDoor(() -> petitions.act(id, action, form, user), action + " by " + role);
					}
					else {
						assertThatThrownBy(() -> petitions.act(probed, action, form, user))
								.as(action + " by " + role + " of the " + place + " agency").isInstanceOf(NotPermitted.class);
					}
				}
			}
		}
		// the leader of the region reads the city's petition but does not sign it
		assertThat(petitions.find(probed, caller(Role.SIGNING_LEADER, Place.PARENT, city))).isPresent();
	}

	@Test
	void letsOnlyTheRoleOfEachOpinionStepInTheEventsOwnAgencyPastTheDoor() {
		LocalDate today = LocalDate.now(clock);
		Map<Class<? extends Record>, Record> samples = Map.of(
				sunshine.opinion.OpinionWorkflow.Assess.class,
				new sunshine.opinion.OpinionWorkflow.Assess(sunshine.opinion.OpinionLevel.MAJOR, "供水", null),
				sunshine.opinion.OpinionWorkflow.Respond.class, new sunshine.opinion.OpinionWorkflow.Respond(
						sunshine.disclosure.HotspotChannel.WEBSITE, today, null, "发布情况说明", null),
				sunshine.opinion.OpinionWorkflow.Evaluate.class, new sunshine.opinion.OpinionWorkflow.Evaluate(
						sunshine.opinion.ResponseEffect.GOOD, "已平息", true),
				sunshine.opinion.OpinionWorkflow.Dismiss.class, new sunshine.opinion.OpinionWorkflow.Dismiss("与本机关无关", true));
		Agency city = agencies.byCode("640100-xfj").orElseThrow();
		long probed = newOpinionEvent(city, today);
		for (sunshine.opinion.OpinionEvent.Action action : sunshine.opinion.OpinionEvent.Action.values()) {
			Set<Role> allowed = sunshine.opinion.OpinionWorkflow.TABLE.rolesFor(action);
			assertThat(allowed).as(action + " has a role").isNotEmpty();
			Record form = samples.get(sunshine.opinion.OpinionWorkflow.TABLE.formOf(action));
			for (Role role : Role.values()) {
				for (Place place : Place.values()) {
					StaffUser user = caller(role, place, city);
					if (allowed.contains(role) && place == Place.OWN) {
						long id = newOpinionEvent(city, today);
						passesTheDoor(() -> opinion.act(user, id, action, form), action + " by " + role);
					}
					else {
						assertThatThrownBy(() -> opinion.act(user, probed, action, form))
								.as(action + " by " + role + " of the " + place + " agency").isInstanceOf(NotPermitted.class);
					}
				}
			}
		}
		// nobody above or beside the city reads its events, not even a role that sees subordinates
		for (Role role : sunshine.opinion.OpinionWorkflow.READERS) {
			assertThat(opinion.find(probed, caller(role, Place.OWN, city))).as(role + " of the city").isPresent();
			assertThat(opinion.find(probed, caller(role, Place.PARENT, city))).as(role + " of the region").isEmpty();
			assertThat(opinion.find(probed, caller(role, Place.SIBLING, city))).as(role + " of a sibling").isEmpty();
		}
	}

	/** Past the door: done, or refused by the state or the law — never by role or agency. */
	private static void passesTheDoor(Runnable act, String what) {
		try {
			act.run();
		}
		catch (NotPermitted e) {
			throw new AssertionError(what + " was refused at the door: " + e.messageKey(), e);
		}
		catch (IllegalTransition e) {
			// the fresh case's state does not allow it: a state refusal, not an authorisation one
		}
	}

	private StaffUser caller(Role role, Place place, Agency city) {
		Agency agency = switch (place) {
			case OWN -> city;
			case PARENT -> agencies.byId(city.getParentId()).orElseThrow();
			case SIBLING -> agencies.byCode("640200-xfj").orElseThrow();
		};
		return new StaffUser(0, "probe-" + role.name().toLowerCase(java.util.Locale.ROOT), "探针", agency.getId(),
				agency.getCode(), agency.getName(), Set.of(role), "", true, false);
	}

	private long newRequest(Agency city) {
		StaffUser registrar = new StaffUser(0, "probe-registrar", "探针", city.getId(), city.getCode(), city.getName(),
				Set.of(Role.REGISTRAR), "", true, false);
		var submission = requests.registerOnBehalf(registrar, IntakeChannel.IN_PERSON, LocalDate.now(clock), null,
				new RequestApplication(null, "自然人", "权限甲", null, "640102198001011232", null, null, "13895000011",
						"银川市兴庆区", null, "某年度信访工作情况", null, "纸质"));
		return jdbc.sql("select id from disclosure_request where tracking_code = :code")
				.param("code", submission.trackingCode()).query(Long.class).single();
	}

	private long newOpinionEvent(Agency city, LocalDate today) {
		return opinion.collect(caller(Role.DISCLOSURE_EDITOR, Place.OWN, city),
				new sunshine.opinion.OpinionWorkflow.Collect("权限丙：网民反映停水", null, today, null)).getId();
	}

	private long newPetition(Agency city) {
		StaffUser registrar = new StaffUser(0, "probe-registrar", "探针", city.getId(), city.getCode(), city.getName(),
				Set.of(Role.REGISTRAR), "", true, false);
		var receipt = petitions.registerByStaff(new Submission(city.getCode(), "LETTER", "权限乙", "640102198001011232",
				"13895000012", "银川市金凤区", "供暖不达标", "小区供暖温度不达标，请协调解决。", "URBAN_HOUSING", 1), registrar);
		return jdbc.sql("select id from petition where tracking_code = :code").param("code", receipt.trackingCode())
				.query(Long.class).single();
	}
}
