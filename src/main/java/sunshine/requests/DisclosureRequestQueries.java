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

	/**
	 * One row of the open data (开放数据) of applications for disclosure: the applications received in a month
	 * by an agency through a channel from a kind of applicant, and how many of them are concluded, concluded
	 * after the due date, and were extended. Counts only: no applicant, no content.
	 */
	public record MonthlyRow(int year, int month, String agencyCode, String agencyName, IntakeChannel channel,
			ApplicantType applicantType, long received, long concluded, long late, long extended) {

		/** 办结率 in per cent, one decimal; null when nothing was received. */
		public java.math.BigDecimal conclusionRate() {
			return percent(concluded, received);
		}

		/** 按期办结率 in per cent of the concluded, one decimal; null when none is concluded. */
		public java.math.BigDecimal onTimeRate() {
			return percent(concluded - late, concluded);
		}

		private static java.math.BigDecimal percent(long part, long whole) {
			return whole == 0 ? null : java.math.BigDecimal.valueOf(part * 100)
					.divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
		}
	}

	/**
	 * The applications received from {@code from} to {@code to} (both included) in every agency, per month of
	 * receipt, agency, channel and kind of applicant, counted by one SQL {@code group by}.
	 */
	public List<MonthlyRow> monthly(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select extract(year from r.received_on) as y, extract(month from r.received_on) as m,
				       a.code as agency_code, a.name as agency_name, a.sort_order, r.channel, r.applicant_type,
				       count(*) as received,
				       sum(case when r.concluded_on is not null then 1 else 0 end) as concluded,
				       sum(case when r.concluded_on is not null and r.concluded_on > r.due_on then 1 else 0 end) as late,
				       sum(case when r.extension_days is not null then 1 else 0 end) as extended
				from disclosure_request r join agency a on a.id = r.agency_id
				where r.received_on between :from and :to
				group by extract(year from r.received_on), extract(month from r.received_on), a.code, a.name, a.sort_order,
				         r.channel, r.applicant_type
				order by 1, 2, a.sort_order, a.code, r.channel, r.applicant_type
				""").param("from", from).param("to", to)
				.query((rs, n) -> new MonthlyRow(rs.getInt("y"), rs.getInt("m"), rs.getString("agency_code"),
						rs.getString("agency_name"), IntakeChannel.valueOf(rs.getString("channel")),
						ApplicantType.valueOf(rs.getString("applicant_type")), rs.getLong("received"),
						rs.getLong("concluded"), rs.getLong("late"), rs.getLong("extended")))
				.list();
	}

	/** How pressing an open request is. */
	public enum Urgency {
		OVERDUE, DUE_SOON, DUE, DONE
	}

	public record QueueRow(long id, String trackingCode, String agencyName, String applicantName,
			ApplicantType applicantType, IntakeChannel channel, LocalDate receivedOn, LocalDate dueOn,
			RequestStatus status, Outcome outcome, LocalDate concludedOn, Urgency urgency) {
	}

	/**
	 * Filters of the queue: {@code view} is open (default), overdue, soon, concluded or all; {@code q} a part of
	 * the tracking code or of the description; {@code person} the applicant's identity or phone number, found
	 * by its blind index (the stored numbers are encrypted); received between {@code from} and {@code to}.
	 */
	public record Filter(String view, Long agencyId, String q, RequestStatus status, IntakeChannel channel,
			LocalDate from, LocalDate to, String person) {

		public Filter(String view, Long agencyId, String q) {
			this(view, agencyId, q, null, null, null, null, null);
		}
	}

	/** A page of the queue and how many requests the whole filtered queue has. */
	public record Page(List<QueueRow> rows, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}

		public long first() {
			return rows.isEmpty() ? 0 : (long) page * size + 1;
		}

		public long last() {
			return (long) page * size + rows.size();
		}
	}

	public record Counts(long open, long overdue, long dueSoon) {
	}

	/** The last day that still counts as due soon. */
	public LocalDate dueSoonLimit() {
		LocalDate today = LocalDate.now(clock);
		return calendar.deadline(ClockPlan.startingOn(today, TimeLimit.workingDays(DUE_SOON_WORKING_DAYS))).due();
	}

	public List<QueueRow> queue(OrgScope scope, Filter filter, int limit) {
		return page(scope, filter, 0, Math.max(1, Math.min(limit, 500)), false).rows();
	}

	/** One page of the filtered queue with the count of every request that matches. */
	public Page page(OrgScope scope, Filter filter, int page, int size) {
		return page(scope, filter, Math.max(0, page), Math.max(1, Math.min(size, 200)), true);
	}

	private Page page(OrgScope scope, Filter filter, int page, int size, boolean counted) {
		LocalDate today = LocalDate.now(clock);
		LocalDate soon = dueSoonLimit();
		var where = new StringBuilder(" where r.agency_id in (:scope)");
		var params = new java.util.HashMap<String, Object>();
		params.put("scope", scope.agencyIds());
		String view = filter.view() == null ? "open" : filter.view();
		switch (view) {
			case "concluded" -> where.append(" and r.status not in (:open)");
			case "overdue" -> where.append(" and r.status in (:open) and r.due_on < :today");
			case "soon" -> where.append(" and r.status in (:open) and r.due_on >= :today and r.due_on <= :soon");
			case "all" -> {
			}
			default -> where.append(" and r.status in (:open)");
		}
		params.put("open", OPEN);
		params.put("today", today);
		params.put("soon", soon);
		if (filter.agencyId() != null) {
			where.append(" and r.agency_id = :agency");
			params.put("agency", filter.agencyId());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			String text = filter.q().strip().replace("\\", "").replace("%", "").replace("_", "\\_");
			where.append(" and (r.tracking_code like :q or r.description like :d)");
			params.put("q", "%" + text.toUpperCase(java.util.Locale.ROOT) + "%");
			params.put("d", "%" + text + "%");
		}
		if (filter.status() != null) {
			where.append(" and r.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.channel() != null) {
			where.append(" and r.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.from() != null) {
			where.append(" and r.received_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.append(" and r.received_on <= :to");
			params.put("to", filter.to());
		}
		if (filter.person() != null && !filter.person().isBlank()) {
			// the counting key of a natural person is the blind index of P: + the identity number (Applicant.keyOf)
			String person = filter.person().strip();
			where.append(" and (r.applicant_key = :personKey or r.phone_index = :phoneIndex)");
			params.put("personKey", personalData.blindIndex("P:" + person));
			String phone = personalData.phoneIndex(person);
			params.put("phoneIndex", phone == null ? "-" : phone);
		}
		String from = " from disclosure_request r join agency a on a.id = r.agency_id";
		long total = counted ? jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single() : -1;
		String order = view.equals("concluded") ? " order by r.concluded_on desc, r.id desc"
				: " order by case when r.status in (:open) then 0 else 1 end, r.due_on, r.id";
		params.put("skip", page * size);
		params.put("size", size);
		List<QueueRow> rows = jdbc.sql("""
				select r.id, r.tracking_code, a.name as agency_name, r.applicant_name, r.applicant_type, r.channel,
				       r.received_on, r.due_on, r.status, r.outcome, r.concluded_on
				""" + from + where + order + " offset :skip rows fetch next :size rows only").params(params).query((rs, n) -> {
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
		return new Page(rows, total, page, size);
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
