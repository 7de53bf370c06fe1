package sunshine.requests.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sunshine.agency.StaffUser;
import sunshine.requests.DisclosureRequest.Action;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.IllegalRequestTransition;
import sunshine.requests.Outcome;
import sunshine.requests.PauseKind;
import sunshine.requests.ProcessingFee;

/**
 * Carries out a staff action on a request from its typed parameters — for the console form and the
 * staff JSON API alike — and returns the problems, each named by field in the reader's language.
 */
@Component
class StaffActions {

	private final DisclosureRequestManagement management;
	private final MessageSource messages;
	private final Clock clock;

	StaffActions(DisclosureRequestManagement management, MessageSource messages, Clock clock) {
		this.management = management;
		this.messages = messages;
		this.clock = clock;
	}

	/** Performs the action; an empty map means it was done. */
	Map<String, String> perform(StaffUser user, long id, Action action, Map<String, String> params, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			LocalDate on = params.containsKey("on") ? date(params.get("on"), "on", errors, locale) : LocalDate.now(clock);
			if (on != null && on.isAfter(LocalDate.now(clock))) {
				errors.put("on", text("requests.error.future", locale));
			}
			if (errors.isEmpty()) {
				perform(user, id, action, params, on, errors, locale);
			}
		}
		catch (IllegalRequestTransition e) {
			errors.put("action", text(e.messageKey(), locale));
		}
		catch (IllegalArgumentException e) {
			errors.put("action", text("requests.error.input", locale));
		}
		return errors;
	}

	private void perform(StaffUser user, long id, Action action, Map<String, String> params, LocalDate on,
			Map<String, String> errors, Locale locale) {
		switch (action) {
			case ACCEPT -> management.accept(user, id, on);
			case REQUEST_CORRECTION -> {
				String note = required(params, "note", errors, locale);
				LocalDate by = date(params.get("supplementBy"), "supplementBy", errors, locale);
				if (errors.isEmpty()) {
					management.requestCorrection(user, id, on, note, by);
				}
			}
			case SUPPLEMENT -> management.supplement(user, id, on);
			case ABANDON -> management.abandon(user, id);
			case CONSULT -> {
				PauseKind kind = "OTHER_AGENCY".equals(params.get("kind")) ? PauseKind.OTHER_AGENCY : PauseKind.THIRD_PARTY;
				String party = required(params, "party", errors, locale);
				if (errors.isEmpty()) {
					management.startConsultation(user, id, kind, party, on);
				}
			}
			case END_CONSULTATION -> management.endConsultation(user, id, on);
			case EXTEND -> {
				int days = number(params.get("days"), "days", errors, locale);
				String approver = required(params, "approvedBy", errors, locale);
				if (errors.isEmpty()) {
					management.extend(user, id, days, approver, params.get("reason"), on);
				}
			}
			case SET_AGENCY_DATE -> {
				LocalDate date = date(params.get("date"), "date", errors, locale);
				if (errors.isEmpty()) {
					management.setAgencyDate(user, id, date, params.get("reason"));
				}
			}
			case NOTIFY_FEE -> {
				ProcessingFee.Method method = "PER_PAGE".equals(params.get("method")) ? ProcessingFee.Method.PER_PAGE
						: ProcessingFee.Method.PER_REQUEST;
				int pages = method == ProcessingFee.Method.PER_PAGE ? number(params.get("pages"), "pages", errors, locale) : 0;
				if (errors.isEmpty()) {
					management.notifyFee(user, id, method, pages, on);
				}
			}
			case RECORD_PAYMENT -> management.recordPayment(user, id, on);
			case LAPSE_FEE -> management.lapseFee(user, id);
			case ANSWER -> {
				Outcome outcome = Outcome.parse(params.get("outcome")).filter(Outcome::isAnswerable).orElse(null);
				if (outcome == null) {
					errors.put("outcome", text("requests.error.outcome", locale));
				}
				else {
					management.answer(user, id, outcome, params.get("text"), on);
				}
			}
			case CLOSE -> management.close(user, id);
			case WITHDRAW -> management.withdraw(user, id, params.get("note"));
		}
	}

	private LocalDate date(String raw, String field, Map<String, String> errors, Locale locale) {
		if (raw == null || raw.isBlank()) {
			errors.put(field, messages.getMessage("requests.error.dateMissing",
					new Object[] { text("requests.field." + field, locale) }, locale));
			return null;
		}
		try {
			return sunshine.shared.DateInput.parse(raw);
		}
		catch (DateTimeParseException e) {
			errors.put(field, messages.getMessage("requests.error.dateFormat",
					new Object[] { text("requests.field." + field, locale), raw }, locale));
			return null;
		}
	}

	private int number(String raw, String field, Map<String, String> errors, Locale locale) {
		try {
			return Integer.parseInt(raw == null ? "" : raw.strip());
		}
		catch (NumberFormatException e) {
			errors.put(field, messages.getMessage("requests.error.number",
					new Object[] { text("requests.field." + field, locale), raw == null ? "" : raw }, locale));
			return 0;
		}
	}

	private String required(Map<String, String> params, String field, Map<String, String> errors, Locale locale) {
		String value = params.get(field);
		if (value == null || value.isBlank()) {
			errors.put(field, messages.getMessage("requests.error.required",
					new Object[] { text("requests.field." + field, locale) }, locale));
			return null;
		}
		return value.strip();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
