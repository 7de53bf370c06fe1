package sunshine.petitions;

import java.util.Arrays;
import java.util.Optional;

/** The citizen's rating of the reply (网上评). */
public enum Rating {
	/** 满意 */
	SATISFIED("满意"),
	/** 基本满意 */
	BASICALLY_SATISFIED("基本满意"),
	/** 不满意 */
	UNSATISFIED("不满意");

	private final String label;

	Rating(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether this rating counts towards the satisfaction rate (满意 and 基本满意). */
	public boolean isSatisfied() {
		return this != UNSATISFIED;
	}

	public static Optional<Rating> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		return Arrays.stream(values()).filter(r -> r.label.equals(t) || r.name().equalsIgnoreCase(t)).findFirst();
	}
}
