package sunshine.petitions.web;

import java.util.function.Function;

import sunshine.agency.StaffUser;
import sunshine.petitions.PetitionManagement;

/** Turns an action name and its form or JSON fields into a call of {@link PetitionManagement}; shared by the console and the API. */
final class StaffActions {

	/** A field of the action is missing or wrong. */
	static final class BadInput extends RuntimeException {
		private final String field;
		private final String messageKey;
		private final Object[] arguments;

		BadInput(String field, String messageKey, Object... arguments) {
			super(field);
			this.field = field;
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		String field() {
			return field;
		}

		String messageKey() {
			return messageKey;
		}

		Object[] arguments() {
			return arguments;
		}
	}

	private StaffActions() {
	}

	static void perform(PetitionManagement petitions, StaffUser user, long id, String action,
			Function<String, String> field) {
		switch (action) {
			case "accept" -> petitions.accept(id, user);
			case "reject" -> petitions.reject(id, required(field, "reason"), user);
			case "transfer" -> petitions.transfer(id, required(field, "to"), user);
			case "assign" -> {
				String unit = field.apply("unitId");
				if (unit == null || unit.isBlank() || !unit.strip().matches("\\d{1,18}")) {
					throw new BadInput("unitId", "petitions.error.unit.missing");
				}
				try {
					petitions.assign(id, Long.parseLong(unit.strip()), user);
				}
				catch (IllegalArgumentException e) {
					throw new BadInput("unitId", "petitions.error.unit.missing");
				}
			}
			case "claim" -> petitions.claim(id, user);
			case "handBack" -> petitions.handBack(id, required(field, "reason"), user);
			case "extend" -> {
				String days = field.apply("days");
				int amount;
				try {
					amount = Integer.parseInt(days == null ? "" : days.strip());
				}
				catch (NumberFormatException e) {
					throw new BadInput("days", "petitions.error.days.invalid", 30);
				}
				if (amount < 1 || amount > 30) {
					throw new BadInput("days", "petitions.error.days.invalid", 30);
				}
				petitions.extend(id, amount, required(field, "reason"), required(field, "approvedBy"), user);
			}
			case "submitDraft" -> petitions.submitDraft(id, required(field, "text"), user);
			case "approve" -> petitions.approve(id, user);
			case "returnForRework" -> petitions.returnForRework(id, required(field, "reason"), user);
			case "sign" -> petitions.sign(id, user);
			case "reply" -> petitions.reply(id, user);
			case "analyse" -> petitions.analyse(id, required(field, "report"), user);
			case "archive" -> petitions.archive(id, user);
			default -> throw new BadInput("action", "petitions.error.illegal");
		}
	}

	private static String required(Function<String, String> field, String name) {
		String value = field.apply(name);
		if (value == null || value.isBlank()) {
			throw new BadInput(name, "petitions.error.reason.missing");
		}
		return value;
	}
}
