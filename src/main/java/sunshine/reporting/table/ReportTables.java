package sunshine.reporting.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.OrgScope;
import sunshine.agency.StaffUser;
import sunshine.reporting.table.ReportRecords.Application;
import sunshine.reporting.table.ReportRecords.HotspotResponse;
import sunshine.reporting.table.ReportRecords.Interpretation;
import sunshine.reporting.table.ReportRecords.NormativeDocument;
import sunshine.reporting.table.ReportRecords.Publication;
import sunshine.reporting.table.ReportRecords.RegisterEntry;
import sunshine.reporting.table.ReportRecords.Remedy;

/**
 * The computed statistics table of an agency and year (issue 6): the records of the reporting views
 * ({@code report_requests_*}, {@code report_disclosure_*}) of the agency — or, rolled up, of the agency
 * and every agency below it — read with JdbcClient SQL, the agency ids bound as a parameter, and counted
 * by {@link TableComputation}. Nothing is read from counters or from the other modules' tables.
 */
@Service
@Transactional(readOnly = true)
public class ReportTables {

	private final JdbcClient jdbc;
	private final AgencyLookup agencies;

	public ReportTables(JdbcClient jdbc, AgencyLookup agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	/** The agency of a code, if the caller's data scope includes it; 403 otherwise, 404 when unknown. */
	public Agency agencyInScope(String agencyCode, StaffUser user) {
		Agency agency = agencies.byCode(agencyCode)
				.orElseThrow(() -> new UnknownAgencyException(agencyCode));
		OrgScope scope = agencies.scopeOf(user);
		if (!scope.includes(agency.getId())) {
			throw new AccessDeniedException("reporting.table.outOfScope");
		}
		return agency;
	}

	/** The agencies below an agency in today's tree, with it: who its staff may read. */
	public Set<Long> rollupOf(long agencyId) {
		return agencies.selfAndDescendants(agencyId);
	}

	/**
	 * The agencies summed in a roll-up of a year: the agency and every agency below it in the tree of that
	 * year ({@link AgencyLookup#treeOfYear}). A reorganisation changes the roll-ups of the years after it,
	 * never those of the years before.
	 */
	public Set<Long> rollupOf(long agencyId, int year) {
		return agencies.selfAndDescendantsInYear(agencyId, year);
	}

	/** The agency's own table of the year, in the year's era. */
	public TableComputation.Computed compute(long agencyId, int year) {
		return TableComputation.compute(records(Set.of(agencyId), year), year);
	}

	/** The table summed over the agency and every agency below it (what a 主管部门 publishes). */
	public TableComputation.Computed rollup(long agencyId, int year) {
		return TableComputation.compute(records(rollupOf(agencyId, year), year), year);
	}

	/** The agency's own table of the year without the records behind each cell (a table page), from {@link #tallies}. */
	public TableComputation.Computed table(long agencyId, int year) {
		return TableComputation.computeTable(tallies(Set.of(agencyId), year), year);
	}

	/** The roll-up without the records behind each cell (a table page of a 主管部门), from {@link #tallies}. */
	public TableComputation.Computed rollupTable(long agencyId, int year) {
		return TableComputation.computeTable(tallies(rollupOf(agencyId, year), year), year);
	}

	/** Every record of the views that can count in year {@code year} for the given agencies. */
	public ReportRecords records(Set<Long> agencyIds, int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31);
		List<Application> applications = jdbc.sql("""
				select request_id, agency_id, applicant_column, channel_row_2008, received_on, concluded_on,
				       outcome_code, outcome_2019, outcome_2008, extended, fee_yuan, fee_paid_on, fee_notified_on
				from report_requests_applications
				where agency_id in (:agencies) and """ + COUNTS_IN_YEAR + """
				order by request_id""")
				.param("agencies", agencyIds).param("start", start).param("end", end)
				.query((rs, n) -> new Application(rs.getLong("request_id"), rs.getLong("agency_id"),
						rs.getString("applicant_column"), rs.getString("channel_row_2008"), date(rs, "received_on"),
						date(rs, "concluded_on"), rs.getString("outcome_code"), rs.getString("outcome_2019"),
						rs.getString("outcome_2008"), rs.getInt("extended") == 1, integer(rs, "fee_yuan"),
						date(rs, "fee_paid_on"), date(rs, "fee_notified_on")))
				.list();
		return withOthers(applications, agencyIds, start, end);
	}

	/** Which applications can count in the year: open in it, or a fee notified or paid in it. */
	private static final String COUNTS_IN_YEAR = """
			((received_on <= :end and (concluded_on is null or concluded_on >= :start))
			       or (fee_paid_on >= :start and fee_paid_on <= :end)
			       or (fee_notified_on >= :start and fee_notified_on <= :end))
			""";

	/** Where a day falls against the year: before it (-1), in it (0), after it (1), or none (null). */
	private static String place(String column) {
		return "case when " + column + " is null then null when " + column + " < :start then -1 when " + column
				+ " > :end then 1 else 0 end";
	}

	/**
	 * The records of {@link #records} with the applications tallied in the database: one row per
	 * combination of everything the table counts by, each day reduced to its place against the year
	 * (before, in, after, none — all {@link TableComputation} asks of a day), with how many applications
	 * share it. A region's table over hundreds of thousands of applications reads a few hundred rows. The
	 * records behind each cell are lost, so this serves table pages and roll-ups, not the drill-down.
	 */
	public ReportRecords tallies(Set<Long> agencyIds, int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31);
		List<Application> applications = jdbc.sql("""
				select applicant_column, channel_row_2008, outcome_code, outcome_2019, outcome_2008, extended, fee_yuan,
				       received_place, concluded_place, paid_place, notified_place, count(*) as tally
				from (select applicant_column, channel_row_2008, outcome_code, outcome_2019, outcome_2008, extended,
				             fee_yuan, """ + place("received_on") + " as received_place, " + place("concluded_on")
				+ " as concluded_place, " + place("fee_paid_on") + " as paid_place, " + place("fee_notified_on") + """
				       as notified_place
				      from report_requests_applications
				      where agency_id in (:agencies) and """ + COUNTS_IN_YEAR + """
				     ) placed
				group by applicant_column, channel_row_2008, outcome_code, outcome_2019, outcome_2008, extended, fee_yuan,
				         received_place, concluded_place, paid_place, notified_place""")
				.param("agencies", agencyIds).param("start", start).param("end", end)
				.query((rs, n) -> new Application(0, 0, rs.getString("applicant_column"), rs.getString("channel_row_2008"),
						day(rs, "received_place", start, end), day(rs, "concluded_place", start, end),
						rs.getString("outcome_code"), rs.getString("outcome_2019"), rs.getString("outcome_2008"),
						rs.getInt("extended") == 1, integer(rs, "fee_yuan"), day(rs, "paid_place", start, end),
						day(rs, "notified_place", start, end), rs.getLong("tally")))
				.list();
		return withOthers(applications, agencyIds, start, end);
	}

	/** A day standing for its place against the year: the eve of the year, its first day, the day after it. */
	private static LocalDate day(ResultSet rs, String column, LocalDate start, LocalDate end) throws SQLException {
		int place = rs.getInt(column);
		if (rs.wasNull()) {
			return null;
		}
		return place < 0 ? start.minusDays(1) : place > 0 ? end.plusDays(1) : start;
	}

	/** The applications with the year's other records of the agencies (few: read one by one). */
	private ReportRecords withOthers(List<Application> applications, Set<Long> agencyIds, LocalDate start,
			LocalDate end) {
		List<Remedy> remedies = jdbc.sql("""
				select remedy_id, agency_id, kind, report_row, filed_on, result, decided_on
				from report_requests_remedies
				where agency_id in (:agencies) and filed_on >= :start and filed_on <= :end
				order by remedy_id""")
				.param("agencies", agencyIds).param("start", start).param("end", end)
				.query((rs, n) -> new Remedy(rs.getLong("remedy_id"), rs.getLong("agency_id"), rs.getString("kind"),
						rs.getString("report_row"), date(rs, "filed_on"), rs.getString("result"), date(rs, "decided_on")))
				.list();
		List<Publication> publications = jdbc.sql("""
				select item_id, agency_id, channel, published_on, is_normative_document
				from report_disclosure_item_publications
				where agency_id in (:agencies) and published_on >= :start and published_on <= :end
				order by item_id""")
				.param("agencies", agencyIds).param("start", start).param("end", end)
				.query((rs, n) -> new Publication(rs.getLong("item_id"), rs.getLong("agency_id"), rs.getString("channel"),
						date(rs, "published_on"), rs.getBoolean("is_normative_document")))
				.list();
		List<NormativeDocument> documents = jdbc.sql("""
				select document_id, agency_id, kind, issued_on, abolished_on, disclosed_on
				from report_disclosure_normative_documents
				where agency_id in (:agencies) and issued_on <= :end
				order by document_id""")
				.param("agencies", agencyIds).param("end", end)
				.query((rs, n) -> new NormativeDocument(rs.getLong("document_id"), rs.getLong("agency_id"),
						rs.getString("kind"), date(rs, "issued_on"), date(rs, "abolished_on"), date(rs, "disclosed_on")))
				.list();
		List<Interpretation> interpretations = jdbc.sql("""
				select interpretation_id, agency_id, published_on
				from report_disclosure_interpretations
				where agency_id in (:agencies) and published_on >= :start and published_on <= :end
				order by interpretation_id""")
				.param("agencies", agencyIds).param("start", start).param("end", end)
				.query((rs, n) -> new Interpretation(rs.getLong("interpretation_id"), rs.getLong("agency_id"),
						date(rs, "published_on")))
				.list();
		List<HotspotResponse> responses = jdbc.sql("""
				select hotspot_id, agency_id, channel, responded_on
				from report_disclosure_hotspot_responses
				where agency_id in (:agencies) and responded_on >= :start and responded_on <= :end
				order by hotspot_id""")
				.param("agencies", agencyIds).param("start", start).param("end", end)
				.query((rs, n) -> new HotspotResponse(rs.getLong("hotspot_id"), rs.getLong("agency_id"),
						rs.getString("channel"), date(rs, "responded_on")))
				.list();
		List<RegisterEntry> register = jdbc.sql("""
				select entry_id, agency_id, kind, occurred_on, ended_on, quantity, amount_fen, principal_leader, full_time
				from report_disclosure_register
				where agency_id in (:agencies) and occurred_on <= :end and (ended_on is null or ended_on >= :start)
				order by entry_id""")
				.param("agencies", agencyIds).param("start", start).param("end", end)
				.query((rs, n) -> new RegisterEntry(rs.getLong("entry_id"), rs.getLong("agency_id"), rs.getString("kind"),
						date(rs, "occurred_on"), date(rs, "ended_on"), rs.getLong("quantity"), rs.getLong("amount_fen"),
						rs.getBoolean("principal_leader"), rs.getBoolean("full_time")))
				.list();
		return new ReportRecords(applications, remedies, publications, documents, interpretations, responses, register);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	/** No agency has this code. */
	public static class UnknownAgencyException extends RuntimeException {

		public UnknownAgencyException(String code) {
			super("reporting.table.unknownAgency");
		}
	}
}
