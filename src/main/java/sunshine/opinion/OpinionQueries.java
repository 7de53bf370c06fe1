package sunshine.opinion;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agency's opinion events as lists, in SQL; each caller is checked by {@link OpinionManagement} first. */
@Service
@Transactional(readOnly = true)
public class OpinionQueries {

	/** The most events one list shows, newest first. */
	public static final int LIMIT = 500;

	/** What a list is narrowed to; every member may be {@code null} (no filter). {@code from}/{@code to} bound the day noticed. */
	public record Filter(OpinionStatus status, OpinionLevel level, LocalDate from, LocalDate to) {
	}

	/** One line of the list. */
	public record Line(long id, String title, OpinionOrigin origin, LocalDate noticedOn, OpinionStatus status,
			OpinionLevel level, String topic, int responses, int channels, LocalDate lastRespondedOn, Long hotspotId) {
	}

	private final JdbcClient jdbc;

	OpinionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The agency's events matching the filter, the newest noticed first (at most {@link #LIMIT}). */
	public List<Line> events(long agencyId, Filter filter) {
		StringBuilder where = new StringBuilder("e.agency_id = :agency");
		if (filter.status() != null) {
			where.append(" and e.status = :status");
		}
		if (filter.level() != null) {
			where.append(" and e.severity = :level");
		}
		if (filter.from() != null) {
			where.append(" and e.noticed_on >= :from");
		}
		if (filter.to() != null) {
			where.append(" and e.noticed_on <= :to");
		}
		var statement = jdbc.sql("""
				select e.id, e.title, e.origin, e.noticed_on, e.status, e.severity, e.topic, e.hotspot_id,
				       (select count(*) from opinion_event_response r where r.event_id = e.id) as responses,
				       (select count(distinct r.channel) from opinion_event_response r where r.event_id = e.id) as channels,
				       (select max(r.responded_on) from opinion_event_response r where r.event_id = e.id) as last_on
				from opinion_event e
				""" + "where " + where + """

				order by e.noticed_on desc, e.id desc
				limit :limit""").param("limit", LIMIT).param("agency", agencyId);
		if (filter.status() != null) {
			statement = statement.param("status", filter.status().name());
		}
		if (filter.level() != null) {
			statement = statement.param("level", filter.level().name());
		}
		if (filter.from() != null) {
			statement = statement.param("from", filter.from());
		}
		if (filter.to() != null) {
			statement = statement.param("to", filter.to());
		}
		return statement.query((rs, n) -> {
			String level = rs.getString("severity");
			long hotspot = rs.getLong("hotspot_id");
			Long hotspotId = rs.wasNull() ? null : hotspot;
			java.sql.Date last = rs.getDate("last_on");
			return new Line(rs.getLong("id"), rs.getString("title"), OpinionOrigin.valueOf(rs.getString("origin")),
					rs.getDate("noticed_on").toLocalDate(), OpinionStatus.valueOf(rs.getString("status")),
					level == null ? null : OpinionLevel.valueOf(level), rs.getString("topic"), rs.getInt("responses"),
					rs.getInt("channels"), last == null ? null : last.toLocalDate(), hotspotId);
		}).list();
	}
}
