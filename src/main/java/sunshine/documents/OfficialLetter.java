package sunshine.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A formal letter as Chinese agencies send it (告知书, 答复书, 回执): the issuing agency and the
 * title at the top, an optional document number (文号), the addressee (称谓) followed by a colon,
 * the body paragraphs, then the signing agency and the date at the bottom right.
 *
 * @param issuer the agency that issues the letter, printed above the title
 * @param title e.g. 政府信息公开申请答复书
 * @param documentNumber the 文号 or the tracking code; may be empty
 * @param addressee the person or organisation addressed, without the colon
 * @param paragraphs the body, one string per paragraph
 * @param table optional rows (first row = header) printed after the body, e.g. a fee breakdown
 * @param signature the agency that signs (落款)
 * @param date the date of the letter
 */
public record OfficialLetter(String issuer, String title, String documentNumber, String addressee,
		List<String> paragraphs, List<List<String>> table, String signature, LocalDate date) {

	public OfficialLetter {
		paragraphs = List.copyOf(paragraphs);
		table = table == null ? List.of() : table.stream().map(List::copyOf).toList();
		documentNumber = documentNumber == null ? "" : documentNumber;
		addressee = addressee == null ? "" : addressee;
	}

	/** The date as printed on Chinese official documents: 2025年3月7日. */
	public String chineseDate() {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}
}
