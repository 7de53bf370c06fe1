package sunshine.abuse;

/**
 * Whether a public submission may go ahead; when not, why (a message key of the bundles) and the
 * HTTP status to answer with (429 for limits, 400 for a failed challenge or a duplicate).
 */
public record Admission(boolean admitted, String messageKey, int status) {

	public static final Admission ADMITTED = new Admission(true, null, 200);

	static Admission tooMany(String messageKey) {
		return new Admission(false, messageKey, 429);
	}

	static Admission refused(String messageKey) {
		return new Admission(false, messageKey, 400);
	}
}
