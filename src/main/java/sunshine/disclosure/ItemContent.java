package sunshine.disclosure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an editor writes for an information item: the catalogue fields (题名, 发布机构, 文号,
 * 成文日期, 主题分类, 体裁分类, 栏目) and the body, which is sanitised before it is kept.
 */
public record ItemContent(String title, String issuingBody, String documentNumber, LocalDate writtenOn, Topic topic,
		Genre genre, String columnCode, String body) {

	public ItemContent {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("disclosure.error.title");
		}
		if (issuingBody == null || issuingBody.isBlank()) {
			throw new IllegalArgumentException("disclosure.error.issuingBody");
		}
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(genre, "genre");
		if (columnCode == null || columnCode.isBlank()) {
			throw new IllegalArgumentException("disclosure.error.column");
		}
		title = title.strip();
		issuingBody = issuingBody.strip();
		documentNumber = documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip();
		body = RichText.sanitise(body);
	}
}
