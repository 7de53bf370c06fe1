package sunshine.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

import org.springframework.context.MessageSource;

/**
 * The last day of a statutory period, with the reasoning that led to it.
 *
 * @param due the last day on which the act is still in time
 * @param calendarComplete false when a day of the span lies in a year whose holiday notice is not
 *        loaded; weekends alone were then taken as days off and the result may move
 * @param unloadedYears the years that were missing
 * @param derivation the steps of the computation, in order
 */
public record Deadline(LocalDate due, boolean calendarComplete, SortedSet<Integer> unloadedYears,
		List<DerivationStep> derivation) {

	public Deadline {
		unloadedYears = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(unloadedYears));
		derivation = List.copyOf(derivation);
	}

	public List<String> describe(MessageSource messages, Locale locale) {
		return derivation.stream().map(step -> step.render(messages, locale)).toList();
	}
}
