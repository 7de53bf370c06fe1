package sunshine.requests;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who applies — the columns of table 三 of the annual report (国办公开办函〔2021〕30号): a natural
 * person, or a legal person or other organisation of one of five kinds.
 */
public enum ApplicantType {

	/** 自然人: identified by an identity document. */
	NATURAL_PERSON("自然人"),
	/** 商业企业. */
	COMMERCIAL_ENTERPRISE("商业企业"),
	/** 科研机构. */
	RESEARCH_INSTITUTION("科研机构"),
	/** 社会公益组织. */
	PUBLIC_INTEREST_ORGANISATION("社会公益组织"),
	/** 法律服务机构. */
	LEGAL_SERVICE_INSTITUTION("法律服务机构"),
	/** 其他 (法人或其他组织). */
	OTHER("其他");

	private final String label;

	ApplicantType(String label) {
		this.label = label;
	}

	/** The official column label of the annual report, e.g. 商业企业. */
	public String label() {
		return label;
	}

	public boolean isPerson() {
		return this == NATURAL_PERSON;
	}

	/** By official label (自然人 …) or by name (NATURAL_PERSON …). */
	public static Optional<ApplicantType> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		return Arrays.stream(values()).filter(type -> type.label.equals(t) || type.name().equalsIgnoreCase(t)).findFirst();
	}
}
