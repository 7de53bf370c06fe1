package sunshine.agency;

import java.util.List;
import java.util.Locale;

/**
 * What a module has waiting for a staff member, for the console's home (工作台): each module that keeps a
 * work queue (petitions, disclosure requests) contributes a bean, so the home shows counts without the
 * agency module knowing those modules.
 */
public interface ConsoleWork {

	/** The to-do lines of this module for the user, in the order they are shown; empty if none concern them. */
	List<ToDo> toDo(StaffUser user, Locale locale);

	/** One line of the home: what, how many, how many of them are overdue, where to work on them, the oldest overdue. */
	record ToDo(String label, long count, long overdue, String href, List<Overdue> oldestOverdue) {
	}

	/** An overdue case named on the home, with the day it was due. */
	record Overdue(String label, String dueOn, String href) {
	}
}
