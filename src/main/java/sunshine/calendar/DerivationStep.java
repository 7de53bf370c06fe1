package sunshine.calendar;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * One line of a deadline's explanation: a message key of the bundles ({@code calendar.derivation.*})
 * and its arguments, rendered in the reader's language.
 */
public record DerivationStep(String messageKey, List<Object> arguments) {

	public DerivationStep(String messageKey, Object... arguments) {
		this(messageKey, List.of(arguments));
	}

	public String render(MessageSource messages, Locale locale) {
		Object[] args = arguments.stream().map(arg -> format(arg, messages, locale)).toArray();
		return messages.getMessage(messageKey, args, locale);
	}

	private static Object format(Object argument, MessageSource messages, Locale locale) {
		if (argument instanceof LocalDate day) {
			String weekday = messages.getMessage("calendar.weekday." + day.getDayOfWeek().getValue(), null,
					day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale), locale);
			return messages.getMessage("calendar.date", new Object[] { sunshine.shared.Times.day(day, locale), weekday }, locale);
		}
		if (argument instanceof TimeLimit limit) {
			return messages.getMessage("calendar.limit." + limit.unit().name(), new Object[] { limit.amount() }, locale);
		}
		return argument;
	}
}
