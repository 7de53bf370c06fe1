package sunshine.reporting.document;

/**
 * Something that keeps an annual report from publication (issue 16: a report is published only when
 * complete): a part left unfilled — a fill-in placeholder such as “（请填写…）” or an empty part —, a
 * reference to no cell, or a finding of the linter (an error or a warning). It is resolved in the text
 * (a new version no longer has it) or waived by the signing leader ({@link AnnualReportWaiver}).
 *
 * @param key stable as long as the item stands: {@code PART:<section>}, {@code REFERENCE:<reference>},
 *        {@code FINDING:<rule>:<hash of its message>}
 * @param kind what kind of item
 * @param where the section title, or the finding's rule label
 * @param text what is open, in words (the placeholder, the finding's message)
 */
public record OpenItem(String key, Kind kind, String where, String text) {

	/** The kinds of open item. */
	public enum Kind {
		/** A part still holding its fill-in placeholder, or empty. */
		UNFILLED,
		/** A figure reference that names no cell and no figure. */
		UNKNOWN_REFERENCE,
		/** A finding of the linter or of the prose checks. */
		FINDING
	}
}
