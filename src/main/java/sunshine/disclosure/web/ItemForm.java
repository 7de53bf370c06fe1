package sunshine.disclosure.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import sunshine.disclosure.Genre;
import sunshine.disclosure.InformationItem;
import sunshine.disclosure.ItemContent;
import sunshine.disclosure.Topic;

/**
 * The item form as typed: every field kept as text, so a wrong value is shown again with its
 * message; {@link #errors()} maps each wrong field to a message key.
 */
record ItemForm(String title, String issuingBody, String documentNumber, String writtenOn, String topic,
		String genre, String column, String body) {

	static ItemForm empty(String issuingBody) {
		return new ItemForm("", issuingBody, "", "", Topic.PETITION_WORK.name(), Genre.NOTICE.name(), "catalogue", "");
	}

	static ItemForm of(InformationItem item) {
		return new ItemForm(item.getTitle(), item.getIssuingBody(), item.getDocumentNumber(),
				item.getWrittenOn() == null ? "" : item.getWrittenOn().toString(), item.getTopic().name(),
				item.getGenre().name(), item.getColumnCode(), item.getBody());
	}

	Map<String, String> errors() {
		var errors = new LinkedHashMap<String, String>();
		if (title == null || title.isBlank()) {
			errors.put("title", "disclosure.error.title");
		}
		else if (title.length() > 300) {
			errors.put("title", "disclosure.error.titleLength");
		}
		if (issuingBody == null || issuingBody.isBlank()) {
			errors.put("issuingBody", "disclosure.error.issuingBody");
		}
		if (documentNumber != null && documentNumber.length() > 100) {
			errors.put("documentNumber", "disclosure.error.documentNumberLength");
		}
		if (writtenOn != null && !writtenOn.isBlank()) {
			try {
				sunshine.shared.DateInput.parse(writtenOn);
			}
			catch (DateTimeParseException e) {
				errors.put("writtenOn", "disclosure.error.date");
			}
		}
		if (parse(Topic.class, topic) == null) {
			errors.put("topic", "disclosure.error.topic");
		}
		if (parse(Genre.class, genre) == null) {
			errors.put("genre", "disclosure.error.genre");
		}
		if (column == null || column.isBlank()) {
			errors.put("column", "disclosure.error.column");
		}
		if (body != null && body.length() > 500_000) {
			errors.put("body", "disclosure.error.bodyLength");
		}
		return errors;
	}

	ItemContent content() {
		return new ItemContent(title, issuingBody, documentNumber,
				writtenOn == null || writtenOn.isBlank() ? null : sunshine.shared.DateInput.parse(writtenOn),
				parse(Topic.class, topic), parse(Genre.class, genre), column, body);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String text) {
		try {
			return text == null ? null : Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
