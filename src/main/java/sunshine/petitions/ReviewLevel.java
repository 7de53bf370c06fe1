package sunshine.petitions;

/**
 * The three levels of handling (三级终结): the first handling opinion, 复查 by the body one level up,
 * 复核 by the body one level above that; after 复核 the same facts and reasons are not accepted
 * again (《信访工作条例》第三十五条、第三十六条; 《信访条例》2005 第三十四条、第三十五条).
 */
public enum ReviewLevel {
	/** 办理: the first handling. */
	FIRST,
	/** 复查: review by the next-higher body. */
	REVIEW,
	/** 复核: re-review by the body above the reviewing body; final. */
	RE_REVIEW;

	/** The level a request against this one's opinion reaches, if any. */
	public java.util.Optional<ReviewLevel> next() {
		return switch (this) {
			case FIRST -> java.util.Optional.of(REVIEW);
			case REVIEW -> java.util.Optional.of(RE_REVIEW);
			case RE_REVIEW -> java.util.Optional.empty();
		};
	}
}
