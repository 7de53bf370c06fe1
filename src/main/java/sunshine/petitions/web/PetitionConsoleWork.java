package sunshine.petitions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sunshine.agency.AgencyLookup;
import sunshine.agency.ConsoleWork;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.petitions.PetitionQueries;
import sunshine.petitions.PetitionStatus;
import sunshine.shared.Times;

/**
 * The petitions on the console's home: for each working role of the user, the agency's cases waiting for
 * that role and how many are overdue (the states from the transition table); for the supervisor, the
 * overdue cases of the scope; each with the oldest overdue cases named.
 */
@Component
class PetitionConsoleWork implements ConsoleWork {

	private final PetitionQueries queries;
	private final AgencyLookup agencies;
	private final MessageSource messages;
	private final Clock clock;
	private final Times times;

	PetitionConsoleWork(PetitionQueries queries, AgencyLookup agencies, MessageSource messages, Clock clock, Times times) {
		this.queries = queries;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
		this.times = times;
	}

	@Override
	public List<ToDo> toDo(StaffUser user, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		var own = Set.of(user.agencyId());
		var lines = new ArrayList<ToDo>();
		for (Role role : PetitionConsoleController.WORKING_ROLES) {
			if (!user.has(role)) {
				continue;
			}
			var states = PetitionConsoleController.workOf(role);
			long[] counts = queries.countAndOverdue(own, states, today);
			var overdue = new PetitionQueries.Criteria(states, null, null, null, null, null, PetitionQueries.Due.OVERDUE,
					null, null);
			lines.add(new ToDo(messages.getMessage("petitions.todo.role",
					new Object[] { messages.getMessage("role." + role, null, locale) }, locale), counts[0], counts[1],
					"/console/petitions?role=" + role, oldest(own, overdue, today, locale)));
			var closing = PetitionConsoleController.closingOf(role);
			if (!closing.isEmpty()) {
				long[] rest = queries.countAndOverdue(own, closing, today);
				lines.add(new ToDo(messages.getMessage("petitions.todo.closing", null, locale), rest[0], 0,
						"/console/petitions?role=" + role + "&view=closing", List.of()));
			}
		}
		if (user.has(Role.SUPERVISOR)) {
			var scope = agencies.scopeOf(user).agencyIds();
			long[] counts = queries.countAndOverdue(scope, PetitionStatus.OPEN, today);
			var overdue = new PetitionQueries.Criteria(PetitionStatus.OPEN, null, null, null, null, null,
					PetitionQueries.Due.OVERDUE, null, null);
			lines.add(new ToDo(messages.getMessage("petitions.todo.supervise", null, locale), counts[0], counts[1],
					"/console/petitions?view=all&due=OVERDUE", oldest(scope, overdue, today, locale)));
		}
		return lines;
	}

	private List<Overdue> oldest(java.util.Collection<Long> scope, PetitionQueries.Criteria overdue, LocalDate today,
			Locale locale) {
		return queries.search(scope, overdue, today, 0, 0, 3).items().stream()
				.map(p -> new Overdue(p.trackingCode() + " " + p.title(), times.day(p.dueOn()),
						"/console/petitions/" + p.id()))
				.toList();
	}
}
