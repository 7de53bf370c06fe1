package sunshine.abuse;

/**
 * Whether a public submission may go ahead; when not, why (a message key of the bundles) and the
 * HTTP status to answer with (429 for limits, 400 for a failed challenge or a duplicate); after a
 * 429, the seconds until the limit lets the caller in again (sent as {@code Retry-After}).
 */
public record Admission(boolean admitted, String messageKey, int status, long retryAfterSeconds) {

	public static final Admission ADMITTED = new Admission(true, null, 200, 0);

	static Admission tooMany(String messageKey, long retryAfterSeconds) {
		return new Admission(false, messageKey, 429, retryAfterSeconds);
	}

	static Admission refused(String messageKey) {
		return new Admission(false, messageKey, 400, 0);
	}
}
