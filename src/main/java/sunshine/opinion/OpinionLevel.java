package sunshine.opinion;

/**
 * How serious an opinion event is, in the four grades Chinese emergency and opinion work uses
 * (《突发事件应对法》第三条: 特别重大、重大、较大和一般), set when it is assessed (研判).
 */
public enum OpinionLevel {
	/** 一般. */
	GENERAL,
	/** 较大. */
	LARGER,
	/** 重大. */
	MAJOR,
	/** 特别重大. */
	EXTRAORDINARY
}
