package sunshine.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log as an auditor reads it: the stable action code ({@code petitions.accept},
 * {@code staff.login}) and the codes inside a detail ({@code REGISTER_AND_ASSIGN}, {@code channel=ONLINE})
 * shown by their labels in the reader's language. The stored, sealed entry is not changed: only its
 * display is; the code stays in the page as a {@code title} for whoever compares it with an export.
 */
@Component("auditLabels")
public class AuditLabels {

	/** Bundles whose labels name the codes that events write into their details. */
	private static final List<String> CODE_PREFIXES = List.of("petitions.step.", "petitions.channel.",
			"petitions.level.", "requests.channel.", "requests.outcome.", "requests.pause.", "requests.remedyKind.",
			"requests.remedyResult.", "role.", "audit.code.");

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	private static final Pattern LOGIN = Pattern.compile("(?<![A-Za-z0-9_.@-])[a-z][A-Za-z0-9_-]*(?![A-Za-z0-9_@])");

	private static final Pattern KEY = Pattern.compile("\\b([a-z][a-zA-Z]*)=");

	private final MessageSource messages;

	private final sunshine.agency.StaffNames names;

	AuditLabels(MessageSource messages, sunshine.agency.StaffNames names) {
		this.messages = messages;
		this.names = names;
	}

	/** The subject: a staff account by its person's name, anything else as recorded (a tracking code). */
	public String subject(String subject) {
		if (subject != null && subject.startsWith("staff:")) {
			return messages.getMessage("audit.subject.staff", new Object[] { names.of(subject.substring(6)) },
					LocaleContextHolder.getLocale());
		}
		return subject == null ? "" : subject;
	}

	/** The label of an action code. */
	public String action(String code) {
		Locale locale = LocaleContextHolder.getLocale();
		String label = messages.getMessage("audit.action." + code, null, null, locale);
		if (label != null) {
			return label;
		}
		int dot = code == null ? -1 : code.indexOf('.');
		if (dot > 0) {
			String module = code.substring(0, dot);
			String rest = code.substring(dot + 1);
			String area = messages.getMessage("audit.area." + module, null, null, locale);
			String verb = switch (module) {
				case "petitions" -> messages.getMessage("petitions.action." + rest, null, null, locale);
				case "request", "requests" -> messages.getMessage("requests.step." + rest, null, null, locale);
				default -> null;
			};
			if (area != null && verb != null) {
				return area + " · " + verb;
			}
		}
		return code;
	}

	/** A detail with its codes and keys replaced by labels where a label exists. */
	public String detail(String detail) {
		if (detail == null || detail.isEmpty()) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		Matcher keys = KEY.matcher(detail);
		StringBuilder named = new StringBuilder();
		while (keys.find()) {
			String label = messages.getMessage("audit.key." + keys.group(1), null, null, locale);
			keys.appendReplacement(named, Matcher.quoteReplacement((label == null ? keys.group(1) : label) + "="));
		}
		keys.appendTail(named);
		Matcher codes = CODE.matcher(named);
		StringBuilder out = new StringBuilder();
		while (codes.find()) {
			String token = codes.group();
			String label = null;
			for (String prefix : CODE_PREFIXES) {
				label = messages.getMessage(prefix + token, null, null, locale);
				if (label != null) {
					break;
				}
			}
			codes.appendReplacement(out, Matcher.quoteReplacement(label == null ? token : label));
		}
		codes.appendTail(out);
		// a login recorded in the detail (by=reporter) is shown by its person's name, a field (idNumber) by its label
		var logins = names.all();
		Matcher words = LOGIN.matcher(out);
		StringBuilder withPeople = new StringBuilder();
		while (words.find()) {
			String word = words.group();
			String label = logins.get(word);
			if (label == null) {
				label = messages.getMessage("audit.field." + word, null, word, locale);
			}
			words.appendReplacement(withPeople, Matcher.quoteReplacement(label));
		}
		words.appendTail(withPeople);
		return withPeople.toString();
	}
}
