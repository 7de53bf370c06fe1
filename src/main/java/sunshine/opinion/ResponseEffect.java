package sunshine.opinion;

/** 回应效果: how the public took the agency's responses, recorded when the event is evaluated (评估). */
public enum ResponseEffect {
	/** 效果良好: the concern was settled. */
	GOOD,
	/** 效果一般: partly settled. */
	FAIR,
	/** 效果欠佳: the concern went on; the closing note says what is learnt. */
	POOR
}
