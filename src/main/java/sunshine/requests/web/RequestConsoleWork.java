package sunshine.requests.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sunshine.agency.AgencyLookup;
import sunshine.agency.ConsoleWork;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.requests.DisclosureRequestQueries;
import sunshine.shared.Times;

/**
 * The disclosure requests on the console's home: the open applications of the user's scope, how many
 * are overdue and how many due soon, the oldest overdue named. Case workers and the supervisor only.
 */
@Component
class RequestConsoleWork implements ConsoleWork {

	private static final List<Role> CASE_ROLES = List.of(Role.REGISTRAR, Role.HANDLER, Role.REVIEWER,
			Role.SIGNING_LEADER, Role.SUPERVISOR);

	private final DisclosureRequestQueries queries;
	private final AgencyLookup agencies;
	private final MessageSource messages;
	private final Times times;

	RequestConsoleWork(DisclosureRequestQueries queries, AgencyLookup agencies, MessageSource messages, Times times) {
		this.queries = queries;
		this.agencies = agencies;
		this.messages = messages;
		this.times = times;
	}

	@Override
	public List<ToDo> toDo(StaffUser user, Locale locale) {
		if (CASE_ROLES.stream().noneMatch(user::has)) {
			return List.of();
		}
		var scope = agencies.scopeOf(user);
		var counts = queries.counts(scope);
		var oldest = queries.page(scope, new DisclosureRequestQueries.Filter("overdue", null, null), 0, 3).rows().stream()
				.map(r -> new Overdue(r.trackingCode() + " " + r.agencyName(), times.day(r.dueOn()),
						"/console/requests/" + r.id()))
				.toList();
		return List.of(
				new ToDo(messages.getMessage("requests.todo.open", null, locale), counts.open(), counts.overdue(),
						"/console/requests", oldest),
				new ToDo(messages.getMessage("requests.todo.soon", null, locale), counts.dueSoon(), 0,
						"/console/requests?view=soon", List.of()));
	}
}
