package sunshine.reporting.table;

import java.time.LocalDate;
import java.util.List;

/**
 * The records behind a computed statistics table, one Java record per row of the SQL reporting views
 * the other modules publish (V2__disclosure.sql {@code report_disclosure_*}, V3__requests.sql
 * {@code report_requests_*}). {@link TableComputation} turns them into a table; nothing else is read.
 *
 * @param applications rows of {@code report_requests_applications}
 * @param remedies rows of {@code report_requests_remedies}
 * @param publications rows of {@code report_disclosure_item_publications}
 * @param documents rows of {@code report_disclosure_normative_documents}
 * @param interpretations rows of {@code report_disclosure_interpretations}
 * @param hotspotResponses rows of {@code report_disclosure_hotspot_responses}
 * @param register rows of {@code report_disclosure_register}
 */
public record ReportRecords(List<Application> applications, List<Remedy> remedies, List<Publication> publications,
		List<NormativeDocument> documents, List<Interpretation> interpretations, List<HotspotResponse> hotspotResponses,
		List<RegisterEntry> register) {

	public ReportRecords {
		applications = List.copyOf(applications);
		remedies = List.copyOf(remedies);
		publications = List.copyOf(publications);
		documents = List.copyOf(documents);
		interpretations = List.copyOf(interpretations);
		hotspotResponses = List.copyOf(hotspotResponses);
		register = List.copyOf(register);
	}

	/** No records at all. */
	public static ReportRecords none() {
		return new ReportRecords(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * One application (依申请公开).
	 *
	 * @param applicantColumn 自然人 … 其他 (the 2019/2021 column)
	 * @param channelRow2008 S3_1_1 … S3_1_4
	 * @param concludedOn {@code null} while open
	 * @param outcomeCode R1 … R6_3 (2021 rows), {@code null} while open
	 * @param outcome2019 as outcomeCode with R6_1 … R6_3 folded into R6
	 * @param outcome2008 S3_3_2 … S3_3_8 (S3_3_4a … f)
	 * @param extended whether the answer period was extended (2008 延期办结)
	 * @param feeYuan the processing fee charged, yuan, or {@code null}
	 * @param feePaidOn the day the fee was paid, or {@code null}
	 * @param feeNotifiedOn the day the fee notice (收费通知) was sent, or {@code null}
	 * @param count 1 for one application; for a tally ({@link ReportTables#tallies}), how many applications
	 *        share every field that counts — each date standing for its place before, in or after the year
	 */
	public record Application(long requestId, long agencyId, String applicantColumn, String channelRow2008,
			LocalDate receivedOn, LocalDate concludedOn, String outcomeCode, String outcome2019, String outcome2008,
			boolean extended, Integer feeYuan, LocalDate feePaidOn, LocalDate feeNotifiedOn, long count) {

		/** One application. */
		public Application(long requestId, long agencyId, String applicantColumn, String channelRow2008,
				LocalDate receivedOn, LocalDate concludedOn, String outcomeCode, String outcome2019, String outcome2008,
				boolean extended, Integer feeYuan, LocalDate feePaidOn, LocalDate feeNotifiedOn) {
			this(requestId, agencyId, applicantColumn, channelRow2008, receivedOn, concludedOn, outcomeCode, outcome2019,
					outcome2008, extended, feeYuan, feePaidOn, feeNotifiedOn, 1);
		}
	}

	/**
	 * One reconsideration, lawsuit or complaint.
	 *
	 * @param reportRow REVIEW, LITIGATION_DIRECT, LITIGATION_AFTER_REVIEW, or {@code null} for a complaint
	 * @param result UPHELD, CORRECTED, OTHER or PENDING
	 */
	public record Remedy(long remedyId, long agencyId, String kind, String reportRow, LocalDate filedOn, String result,
			LocalDate decidedOn) {
	}

	/** One channel publication of an information item. */
	public record Publication(long itemId, long agencyId, String channel, LocalDate publishedOn, boolean normative) {
	}

	/** One 规章 (RULE) or 行政规范性文件 (NORMATIVE_DOCUMENT). */
	public record NormativeDocument(long documentId, long agencyId, String kind, LocalDate issuedOn,
			LocalDate abolishedOn, LocalDate disclosedOn) {
	}

	/** One 政策解读 article. */
	public record Interpretation(long interpretationId, long agencyId, LocalDate publishedOn) {
	}

	/** One answer to a hotspot, on one channel. */
	public record HotspotResponse(long hotspotId, long agencyId, String channel, LocalDate respondedOn) {
	}

	/** One entry of the yearly register (press conference, staff member, meeting …). */
	public record RegisterEntry(long entryId, long agencyId, String kind, LocalDate occurredOn, LocalDate endedOn,
			long quantity, long amountFen, boolean principalLeader, boolean fullTime) {
	}
}
