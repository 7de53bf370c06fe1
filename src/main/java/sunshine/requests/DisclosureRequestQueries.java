package sunshine.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.OrgScope;
import sunshine.calendar.CalendarManagement;
import sunshine.calendar.ClockPlan;
import sunshine.calendar.TimeLimit;
import sunshine.shared.Masking;
import sunshine.shared.PersonalDataCipher;

/**
 * The staff queue (办理队列) as SQL: open requests by urgency — overdue, due soon (within
 * {@value #DUE_SOON_WORKING_DAYS} working days), due — with filters. The data scope is bound as a
 * parameter; personal names are masked.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureRequestQueries {

	/** Requests due within this many working days count as due soon. */
	public static final int DUE_SOON_WORKING_DAYS = 3;

	private static final List<String> OPEN = RequestStatus.OPEN.stream().map(Enum::name).sorted().toList();

	private final JdbcClient jdbc;
	private final CalendarManagement calendar;
	private final Clock clock;

	private final PersonalDataCipher personalData;

	DisclosureRequestQueries(JdbcClient jdbc, CalendarManagement calendar, Clock clock, PersonalDataCipher personalData) {
		this.personalData = personalData;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** How pressing an open request is. */
	public enum Urgency {
		OVERDUE, DUE_SOON, DUE, DONE
	}

	public record QueueRow(long id, String trackingCode, String agencyName, String applicantName,
			ApplicantType applicantType, IntakeChannel channel, LocalDate receivedOn, LocalDate dueOn,
			RequestStatus status, Outcome outcome, LocalDate concludedOn, Urgency urgency) {
	}

	/** Filters of the queue: {@code view} is open (default), overdue, soon or concluded; {@code q} a tracking code part. */
	public record Filter(String view, Long agencyId, String q) {
	}

	public record Counts(long open, long overdue, long dueSoon) {
	}

	/** The last day that still counts as due soon. */
	public LocalDate dueSoonLimit() {
		LocalDate today = LocalDate.now(clock);
		return calendar.deadline(ClockPlan.startingOn(today, TimeLimit.workingDays(DUE_SOON_WORKING_DAYS))).due();
	}

	public List<QueueRow> queue(OrgScope scope, Filter filter, int limit) {
		LocalDate today = LocalDate.now(clock);
		LocalDate soon = dueSoonLimit();
		var sql = new StringBuilder("""
				select r.id, r.tracking_code, a.name as agency_name, r.applicant_name, r.applicant_type, r.channel,
				       r.received_on, r.due_on, r.status, r.outcome, r.concluded_on
				from disclosure_request r join agency a on a.id = r.agency_id
				where r.agency_id in (:scope)
				""");
		var params = new java.util.HashMap<String, Object>();
		params.put("scope", scope.agencyIds());
		String view = filter.view() == null ? "open" : filter.view();
		switch (view) {
			case "concluded" -> sql.append(" and r.status not in (:open)");
			case "overdue" -> sql.append(" and r.status in (:open) and r.due_on < :today");
			case "soon" -> sql.append(" and r.status in (:open) and r.due_on >= :today and r.due_on <= :soon");
			case "all" -> {
			}
			default -> sql.append(" and r.status in (:open)");
		}
		params.put("open", OPEN);
		params.put("today", today);
		params.put("soon", soon);
		if (filter.agencyId() != null) {
			sql.append(" and r.agency_id = :agency");
			params.put("agency", filter.agencyId());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			sql.append(" and r.tracking_code like :q");
			params.put("q", "%" + filter.q().strip().toUpperCase(java.util.Locale.ROOT) + "%");
		}
		sql.append(view.equals("concluded") ? " order by r.concluded_on desc, r.id desc" : " order by r.due_on, r.id");
		sql.append(" fetch first ").append(Math.max(1, Math.min(limit, 500))).append(" rows only");
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
			LocalDate due = rs.getObject("due_on", LocalDate.class);
			ApplicantType type = ApplicantType.valueOf(rs.getString("applicant_type"));
			String outcome = rs.getString("outcome");
			return new QueueRow(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("agency_name"),
					type.isPerson() ? Masking.name(personalData.decrypt(rs.getString("applicant_name")))
							: personalData.decrypt(rs.getString("applicant_name")), type,
					IntakeChannel.valueOf(rs.getString("channel")), rs.getObject("received_on", LocalDate.class), due,
					status, outcome == null ? null : Outcome.valueOf(outcome), rs.getObject("concluded_on", LocalDate.class),
					urgency(status, due, today, soon));
		}).list();
	}

	public Counts counts(OrgScope scope) {
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> row = jdbc.sql("""
				select count(*) as open_count,
				       sum(case when due_on < :today then 1 else 0 end) as overdue_count,
				       sum(case when due_on >= :today and due_on <= :soon then 1 else 0 end) as soon_count
				from disclosure_request where agency_id in (:scope) and status in (:open)
				""").param("today", today).param("soon", dueSoonLimit()).param("scope", scope.agencyIds())
				.param("open", OPEN).query().singleRow();
		return new Counts(number(row, "open_count"), number(row, "overdue_count"), number(row, "soon_count"));
	}

	/** Open requests due soon or overdue, per agency, for the reminder job. */
	public List<Reminder> reminders() {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select agency_id, sum(case when due_on < :today then 1 else 0 end) as overdue_count,
				       sum(case when due_on >= :today then 1 else 0 end) as soon_count
				from disclosure_request where status in (:open) and due_on <= :soon
				group by agency_id order by agency_id
				""").param("today", today).param("soon", dueSoonLimit()).param("open", OPEN)
				.query((rs, n) -> new Reminder(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
	}

	public record Reminder(long agencyId, long overdue, long dueSoon) {
	}

	static Urgency urgency(RequestStatus status, LocalDate due, LocalDate today, LocalDate soon) {
		if (!status.isOpen()) {
			return Urgency.DONE;
		}
		if (due.isBefore(today)) {
			return Urgency.OVERDUE;
		}
		return due.isAfter(soon) ? Urgency.DUE : Urgency.DUE_SOON;
	}

	/** 张三 → 张*; 欧阳娜娜 → 欧***. */
	private static long number(Map<String, Object> row, String key) {
		for (Map.Entry<String, Object> entry : row.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(key)) {
				return entry.getValue() == null ? 0 : ((Number) entry.getValue()).longValue();
			}
		}
		return 0;
	}
}
