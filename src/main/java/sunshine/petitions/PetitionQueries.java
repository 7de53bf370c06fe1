package sunshine.petitions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.shared.PersonalDataCipher;
import sunshine.shared.RecordRows;

/** Lists of petitions as SQL: the work queue and supervision (the public board is {@link MessageBoard}). Personal data stays out. */
@Service
@Transactional(readOnly = true)
public class PetitionQueries {

	/** One line of a work list. */
	public record Item(long id, String trackingCode, String agencyName, String channel, String status, String title,
			String unitName, LocalDate receivedOn, LocalDate dueOn, String reviewLevel) {

		public Channel channelValue() {
			return Channel.valueOf(channel);
		}

		public boolean overdueOn(LocalDate today) {
			return dueOn != null && today.isAfter(dueOn);
		}
	}

	/** Open work past or near its deadline, counted per agency and unit. */
	public record DueCount(String agencyName, String unitName, long overdue, long dueSoon) {
	}

	/** A supervision order (督办). */
	public record SupervisionOrder(long id, long petitionId, String trackingCode, String title, String issuedBy,
			String instruction, LocalDate dueOn, String answer, LocalDate answeredOn) {
	}

	/** A hearing (听证). */
	public record Hearing(long id, long petitionId, LocalDate heldOn, String participants, String result) {
	}

	private final JdbcClient jdbc;

	private final PersonalDataCipher personalData;

	PetitionQueries(JdbcClient jdbc, PersonalDataCipher personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	/**
	 * Petitions in the given states within the scope, the nearest deadline first, then those without a
	 * deadline by id. Two reads, each in the order of the index {@code petition_work_idx} (agency, status,
	 * deadline, id), so the database stops after {@code limit} rows instead of sorting every open petition
	 * of the scope (an expression in the order by, as before, cannot follow an index).
	 */
	public List<Item> queue(Collection<Long> scope, Collection<PetitionStatus> statuses, int limit) {
		if (statuses.isEmpty()) {
			return List.of();
		}
		List<String> states = statuses.stream().map(Enum::name).toList();
		List<Item> items = new java.util.ArrayList<>(jdbc.sql("""
				select p.id, p.tracking_code, a.name as agency_name, p.channel, p.status, p.title, p.unit_name, p.received_on, p.due_on,
				       p.review_level
				from petition p join agency a on a.id = p.agency_id
				where p.agency_id in (:scope) and p.status in (:statuses) and p.due_on is not null
				order by p.due_on, p.id desc
				fetch first :limit rows only
				""").param("scope", scope).param("statuses", states).param("limit", limit)
				.query(RecordRows.of(Item.class)).list());
		if (items.size() < limit) {
			items.addAll(jdbc.sql("""
					select p.id, p.tracking_code, a.name as agency_name, p.channel, p.status, p.title, p.unit_name, p.received_on, p.due_on,
					       p.review_level
					from petition p join agency a on a.id = p.agency_id
					where p.agency_id in (:scope) and p.status in (:statuses) and p.due_on is null
					order by p.id
					fetch first :limit rows only
					""").param("scope", scope).param("statuses", states).param("limit", limit - items.size())
					.query(RecordRows.of(Item.class)).list());
		}
		return items;
	}

	/** Which deadlines a search keeps: all, those past ({@code OVERDUE}) or within the due-soon days ({@code SOON}). */
	public enum Due {
		ANY, OVERDUE, SOON
	}

	/**
	 * What a staff member searches a queue for. Every part may be empty. {@code text} is a part of the
	 * tracking code or of the title; {@code person} an identity or phone number, found by its blind index
	 * (the stored numbers are encrypted); a category includes its sub-categories.
	 */
	public record Criteria(Collection<PetitionStatus> statuses, Channel channel, String category, Long agencyId,
			LocalDate receivedFrom, LocalDate receivedTo, Due due, String text, String person) {

		public Criteria {
			statuses = statuses == null ? List.of() : List.copyOf(statuses);
			due = due == null ? Due.ANY : due;
			text = text == null || text.isBlank() ? null : text.strip();
			person = person == null || person.isBlank() ? null : person.strip();
			category = category == null || category.isBlank() ? null : category.strip();
		}

		public static Criteria of(Collection<PetitionStatus> statuses) {
			return new Criteria(statuses, null, null, null, null, null, Due.ANY, null, null);
		}
	}

	/** One line of a searched queue: the work-list line and the category the citizen chose. */
	public record Found(long id, String trackingCode, String agencyName, String channel, String status, String title,
			String unitName, LocalDate receivedOn, LocalDate dueOn, String reviewLevel, String categoryName) {

		public boolean overdueOn(LocalDate today) {
			return dueOn != null && today.isAfter(dueOn) && PetitionStatus.valueOf(status).isOpen();
		}

		public boolean dueSoonOn(LocalDate today, int soonDays) {
			return dueOn != null && !today.isAfter(dueOn) && !dueOn.isAfter(today.plusDays(soonDays))
					&& PetitionStatus.valueOf(status).isOpen();
		}
	}

	/** A page of a queue and how many lines the whole queue has. */
	public record Page<T>(List<T> items, long total, int page, int size) {

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
			return items.isEmpty() ? 0 : (long) page * size + 1;
		}

		public long last() {
			return (long) page * size + items.size();
		}
	}

	/**
	 * A page of the petitions of the scope that match the criteria, with the count of all that match: the
	 * nearest deadline first, the newest first among equal deadlines, those without a deadline (closed
	 * cases) after them, the newest first.
	 */
	public Page<Found> search(Collection<Long> scope, Criteria criteria, LocalDate today, int soonDays, int page,
			int size) {
		int pageSize = Math.max(1, Math.min(size, 200));
		int pageNo = Math.max(0, page);
		var where = new StringBuilder(" where p.agency_id in (:scope)");
		var params = new java.util.HashMap<String, Object>();
		params.put("scope", scope);
		if (!criteria.statuses().isEmpty()) {
			where.append(" and p.status in (:statuses)");
			params.put("statuses", criteria.statuses().stream().map(Enum::name).toList());
		}
		if (criteria.channel() != null) {
			where.append(" and p.channel = :channel");
			params.put("channel", criteria.channel().name());
		}
		if (criteria.category() != null) {
			where.append(" and (p.category_code = :category or c.parent_code = :category)");
			params.put("category", criteria.category());
		}
		if (criteria.agencyId() != null) {
			where.append(" and p.agency_id = :agency");
			params.put("agency", criteria.agencyId());
		}
		if (criteria.receivedFrom() != null) {
			where.append(" and p.received_on >= :from");
			params.put("from", criteria.receivedFrom());
		}
		if (criteria.receivedTo() != null) {
			where.append(" and p.received_on <= :to");
			params.put("to", criteria.receivedTo());
		}
		if (criteria.due() != Due.ANY) {
			where.append(" and p.status in (:open)");
			params.put("open", PetitionStatus.OPEN.stream().map(Enum::name).toList());
			params.put("today", today);
			if (criteria.due() == Due.OVERDUE) {
				where.append(" and p.due_on < :today");
			}
			else {
				where.append(" and p.due_on >= :today and p.due_on <= :soon");
				params.put("soon", today.plusDays(soonDays));
			}
		}
		if (criteria.text() != null) {
			where.append(" and (p.tracking_code like :code or p.title like :title)");
			params.put("code", "%" + like(criteria.text().toUpperCase(java.util.Locale.ROOT)) + "%");
			params.put("title", "%" + like(criteria.text()) + "%");
		}
		if (criteria.person() != null) {
			where.append(" and (p.id_number_index = :idIndex or p.phone_index = :phoneIndex)");
			params.put("idIndex", personalData.blindIndex(criteria.person()));
			String phone = personalData.phoneIndex(criteria.person());
			params.put("phoneIndex", phone == null ? "-" : phone);
		}
		String from = " from petition p join agency a on a.id = p.agency_id join petition_category c on c.code = p.category_code";
		long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		params.put("skip", pageNo * pageSize);
		params.put("size", pageSize);
		List<Found> items = jdbc.sql("""
				select p.id, p.tracking_code, a.name as agency_name, p.channel, p.status, p.title, p.unit_name, p.received_on,
				       p.due_on, p.review_level, c.name as category_name
				""" + from + where + """
				 order by case when p.due_on is null then 1 else 0 end, p.due_on, p.id desc
				offset :skip rows fetch next :size rows only
				""").params(params).query(RecordRows.of(Found.class)).list();
		return new Page<>(items, total, pageNo, pageSize);
	}

	/** The text with the wildcards of {@code like} taken literally. */
	private static String like(String text) {
		return text.replace("\\", "").replace("%", "").replace("_", "\\_");
	}

	/** How many petitions of the scope are in the given states, and how many of them are past their deadline. */
	public long[] countAndOverdue(Collection<Long> scope, Collection<PetitionStatus> statuses, LocalDate today) {
		if (statuses.isEmpty()) {
			return new long[] { 0, 0 };
		}
		return jdbc.sql("""
				select count(*), sum(case when due_on < :today then 1 else 0 end) from petition
				where agency_id in (:scope) and status in (:statuses)
				""").param("scope", scope).param("statuses", statuses.stream().map(Enum::name).toList())
				.param("today", today)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	/** Open petitions whose step deadline has passed, or falls within {@code soonDays}, by agency and unit. */
	public List<DueCount> dueCounts(Collection<Long> scope, LocalDate today, int soonDays) {
		return jdbc.sql("""
				select a.name, coalesce(p.unit_name, '—'),
				       sum(case when p.due_on < :today then 1 else 0 end),
				       sum(case when p.due_on >= :today and p.due_on <= :soon then 1 else 0 end)
				from petition p join agency a on a.id = p.agency_id
				where p.agency_id in (:scope) and p.status in (:open) and p.due_on <= :soon
				group by a.name, a.sort_order, coalesce(p.unit_name, '—')
				order by a.sort_order, 3 desc
				""").param("scope", scope).param("today", today).param("soon", today.plusDays(soonDays))
				.param("open", PetitionStatus.OPEN.stream().map(Enum::name).toList())
				.query((rs, n) -> new DueCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
	}

	/** Open petitions past their step deadline, oldest deadline first. */
	public List<Item> overdue(Collection<Long> scope, LocalDate today, int limit) {
		return jdbc.sql("""
				select p.id, p.tracking_code, a.name as agency_name, p.channel, p.status, p.title, p.unit_name, p.received_on, p.due_on,
				       p.review_level
				from petition p join agency a on a.id = p.agency_id
				where p.agency_id in (:scope) and p.status in (:open) and p.due_on < :today
				order by p.due_on, p.id
				fetch first :limit rows only
				""").param("scope", scope).param("today", today).param("limit", limit)
				.param("open", PetitionStatus.OPEN.stream().map(Enum::name).toList()).query(RecordRows.of(Item.class)).list();
	}

	/** How many open petitions are overdue, per agency id (for reminders). */
	public List<long[]> overduePerAgency(LocalDate today) {
		return jdbc.sql("""
				select agency_id, count(*) from petition where status in (:open) and due_on < :today group by agency_id
				""").param("open", PetitionStatus.OPEN.stream().map(Enum::name).toList()).param("today", today)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
	}

	/** Open petitions whose step deadline is before {@code dueBefore} and that have no unanswered order. */
	public List<Long> toEscalate(LocalDate dueBefore, int limit) {
		return jdbc.sql("""
				select p.id from petition p
				where p.status in (:open) and p.due_on < :before
				  and not exists (select 1 from supervision_order s where s.petition_id = p.id and s.answered_on is null)
				order by p.due_on, p.id
				fetch first :limit rows only
				""").param("open", PetitionStatus.OPEN.stream().map(Enum::name).toList()).param("before", dueBefore)
				.param("limit", limit).query(Long.class).list();
	}

	public List<SupervisionOrder> supervisionOrders(Collection<Long> scope, int limit) {
		return jdbc.sql("""
				select s.id, s.petition_id, p.tracking_code, p.title, s.issued_by, s.instruction, s.due_on, s.answer,
				       s.answered_on
				from supervision_order s join petition p on p.id = s.petition_id
				where s.agency_id in (:scope) order by case when s.answered_on is null then 0 else 1 end, s.due_on desc, s.id
				fetch first :limit rows only
				""").param("scope", scope).param("limit", limit).query(RecordRows.of(SupervisionOrder.class)).list();
	}

	public List<SupervisionOrder> supervisionOrdersOf(long petitionId) {
		return jdbc.sql("""
				select s.id, s.petition_id, p.tracking_code, p.title, s.issued_by, s.instruction, s.due_on, s.answer,
				       s.answered_on
				from supervision_order s join petition p on p.id = s.petition_id
				where s.petition_id = :id order by s.id
				""").param("id", petitionId).query(RecordRows.of(SupervisionOrder.class)).list();
	}

	public List<Hearing> hearingsOf(long petitionId) {
		return jdbc.sql("select id, petition_id, held_on, participants, result from petition_hearing where petition_id = :id order by held_on")
				.param("id", petitionId).query(RecordRows.of(Hearing.class)).list();
	}
}
