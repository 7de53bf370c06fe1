package sunshine.petitions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	PetitionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
