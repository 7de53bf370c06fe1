package sunshine.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public message board (留言板) and its figures, as the boards citizens know show them (人民网领导留言板,
 * a city's 12345): each exchange the citizen agreed to publish (是否公开) and that has been replied — the
 * message and the reply, both with personal data masked ({@link PersonalData}) — filtered by agency,
 * category and status, searched in the published text only, a page at a time; and per agency how many
 * online petitions came in, how many were replied, the reply rate and the satisfaction rate. Nothing
 * here reads a petitioner's name, number or address.
 */
@Service
@Transactional(readOnly = true)
public class MessageBoard {

	/** What a board entry's status filter offers: the exchange as the citizen left it. */
	public enum Status {
		/** 已答复，待评价 */
		AWAITING_RATING("p.rating is null"),
		/** 满意 or 基本满意 */
		SATISFIED("p.rating in ('SATISFIED', 'BASICALLY_SATISFIED')"),
		/** 不满意 */
		UNSATISFIED("p.rating = 'UNSATISFIED'");

		private final String condition;

		Status(String condition) {
			this.condition = condition;
		}

		public static Optional<Status> parse(String text) {
			if (text == null || text.isBlank()) {
				return Optional.empty();
			}
			for (Status s : values()) {
				if (s.name().equalsIgnoreCase(text.strip())) {
					return Optional.of(s);
				}
			}
			return Optional.empty();
		}

		static Status of(String rating) {
			if (rating == null) {
				return AWAITING_RATING;
			}
			return Rating.valueOf(rating).isSatisfied() ? SATISFIED : UNSATISFIED;
		}
	}

	/** What the reader asked for; a blank or unknown value does not filter. */
	public record Filter(String agency, String category, Status status, String text) {

		public static Filter of(String agency, String category, String status, String text) {
			return new Filter(blankToNull(agency), blankToNull(category), Status.parse(status).orElse(null),
					text == null || text.isBlank() ? null : text.strip());
		}

		public boolean isEmpty() {
			return agency == null && category == null && status == null && text == null;
		}
	}

	/** One published exchange: the message and the reply, personal data masked. */
	public record Entry(String trackingCode, String agencyName, String categoryName, String title, String message,
			LocalDate receivedOn, LocalDate answeredOn, String reply, Status status, Rating rating) {
	}

	/** One page of the board. */
	public record Page(List<Entry> entries, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}

		public boolean hasPrevious() {
			return page > 0;
		}
	}

	/**
	 * An agency's online petitions (网上投诉, 领导留言板, 手机/微信): received, replied (an answer of any
	 * kind), rated, and rated 满意 or 基本满意.
	 */
	public record AgencyFigures(String agencyCode, String agencyName, long received, long replied, long rated,
			long satisfied) {

		/** Replied of received, in per cent to one decimal; null when nothing was received. */
		public Double replyRate() {
			return received == 0 ? null : Math.round(1000.0 * replied / received) / 10.0;
		}

		/** Satisfied of rated, in per cent to one decimal; null when nothing was rated. */
		public Double satisfactionRate() {
			return rated == 0 ? null : Math.round(1000.0 * satisfied / rated) / 10.0;
		}
	}

	/** A count under a label (a category, a month). */
	public record Count(String label, long received, long replied) {
	}

	static final List<String> ONLINE = List.of(Channel.ONLINE_COMPLAINT.name(), Channel.MESSAGE_BOARD.name(),
			Channel.MOBILE.name());

	/** The longest search text taken: a board search is a few words. */
	public static final int SEARCH_MAX = 50;

	private final JdbcClient jdbc;

	private final PetitionCategories categories;

	MessageBoard(JdbcClient jdbc, PetitionCategories categories) {
		this.jdbc = jdbc;
		this.categories = categories;
	}

	/** A page of published exchanges, newest reply first. */
	public Page page(Filter filter, int page, int size) {
		var where = new StringBuilder("p.published = true and p.public_reply is not null");
		var params = new java.util.LinkedHashMap<String, Object>();
		if (filter.agency() != null) {
			where.append(" and a.code = :agency");
			params.put("agency", filter.agency());
		}
		if (filter.category() != null) {
			// a main category takes in its sub-categories
			where.append(" and (p.category_code = :category or p.category_code in"
					+ " (select c.code from petition_category c where c.parent_code = :category))");
			params.put("category", filter.category());
		}
		if (filter.status() != null) {
			where.append(" and ").append(filter.status().condition);
		}
		if (filter.text() != null) {
			String text = filter.text().length() > SEARCH_MAX ? filter.text().substring(0, SEARCH_MAX) : filter.text();
			List<String> words = java.util.Arrays.stream(text.split("\\s+")).filter(w -> !w.isBlank()).limit(5).toList();
			for (int i = 0; i < words.size(); i++) {
				String like = "%" + escapeLike(words.get(i).toLowerCase(Locale.ROOT)) + "%";
				where.append(" and (lower(p.public_title) like :w").append(i).append(" escape '!'")
						.append(" or lower(p.public_content) like :w").append(i).append(" escape '!'")
						.append(" or lower(p.public_reply) like :w").append(i).append(" escape '!')");
				params.put("w" + i, like);
			}
		}
		long total = jdbc.sql("select count(*) from petition p join agency a on a.id = p.agency_id where " + where)
				.params(params).query(Long.class).single();
		int safe = Math.max(0, Math.min(page, (int) Math.max(0, (total - 1) / size)));
		var names = new java.util.HashMap<String, String>();
		categories.all().forEach(c -> names.put(c.code(), c.name()));
		List<Entry> entries = jdbc.sql("""
				select p.tracking_code, a.name, p.category_code, p.public_title, p.public_content, p.received_on,
				       p.answered_on, p.public_reply, p.rating
				from petition p join agency a on a.id = p.agency_id
				""" + "where " + where + """

				order by p.answered_on desc, p.id desc
				offset :skip rows fetch next :size rows only
				""").params(params).param("skip", safe * size).param("size", size)
				.query((rs, n) -> new Entry(rs.getString(1), rs.getString(2),
						names.getOrDefault(rs.getString(3), rs.getString(3)), rs.getString(4), rs.getString(5),
						rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8),
						Status.of(rs.getString(9)), rs.getString(9) == null ? null : Rating.valueOf(rs.getString(9))))
				.list();
		return new Page(entries, total, safe, size);
	}

	/**
	 * Per agency, its online petitions received from {@code from} to {@code to} (inclusive): agencies
	 * with none left out, in the agencies' order.
	 */
	public List<AgencyFigures> figures(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select a.code, a.name, count(*),
				       sum(case when p.answered_on is not null then 1 else 0 end),
				       sum(case when p.rating is not null then 1 else 0 end),
				       sum(case when p.rating in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end)
				from petition p join agency a on a.id = p.agency_id
				where p.channel in (:online) and p.received_on >= :from and p.received_on <= :to and p.repeat_of is null
				group by a.code, a.name, a.sort_order, a.id
				order by a.sort_order, a.id
				""").param("online", ONLINE).param("from", from).param("to", to)
				.query((rs, n) -> new AgencyFigures(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6)))
				.list();
	}

	/** The figures of all agencies together. */
	public AgencyFigures total(List<AgencyFigures> figures) {
		return new AgencyFigures(null, null, figures.stream().mapToLong(AgencyFigures::received).sum(),
				figures.stream().mapToLong(AgencyFigures::replied).sum(),
				figures.stream().mapToLong(AgencyFigures::rated).sum(),
				figures.stream().mapToLong(AgencyFigures::satisfied).sum());
	}

	/** Online petitions received from {@code from} to {@code to} by top-level category, the largest first. */
	public List<Count> byCategory(LocalDate from, LocalDate to) {
		var parents = new java.util.HashMap<String, String>();
		var names = new java.util.HashMap<String, String>();
		categories.all().forEach(c -> {
			names.put(c.code(), c.name());
			parents.put(c.code(), c.parentCode() == null ? c.code() : c.parentCode());
		});
		var counts = new java.util.LinkedHashMap<String, long[]>();
		jdbc.sql("""
				select p.category_code, count(*), sum(case when p.answered_on is not null then 1 else 0 end)
				from petition p
				where p.channel in (:online) and p.received_on >= :from and p.received_on <= :to and p.repeat_of is null
				group by p.category_code
				""").param("online", ONLINE).param("from", from).param("to", to).query(rs -> {
					String top = parents.getOrDefault(rs.getString(1), rs.getString(1));
					long[] c = counts.computeIfAbsent(top, k -> new long[2]);
					c[0] += rs.getLong(2);
					c[1] += rs.getLong(3);
				});
		var result = new ArrayList<Count>();
		counts.forEach((code, c) -> result.add(new Count(names.getOrDefault(code, code), c[0], c[1])));
		result.sort((x, y) -> Long.compare(y.received(), x.received()));
		return result;
	}

	/** Online petitions received in each month of {@code year}, January to December. */
	public List<Count> byMonth(int year) {
		long[][] months = new long[12][2];
		jdbc.sql("""
				select extract(month from p.received_on), count(*), sum(case when p.answered_on is not null then 1 else 0 end)
				from petition p
				where p.channel in (:online) and p.received_on >= :from and p.received_on <= :to and p.repeat_of is null
				group by extract(month from p.received_on)
				""").param("online", ONLINE).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
				.query(rs -> {
					int m = rs.getInt(1) - 1;
					months[m][0] = rs.getLong(2);
					months[m][1] = rs.getLong(3);
				});
		var result = new ArrayList<Count>();
		for (int m = 0; m < 12; m++) {
			result.add(new Count(String.valueOf(m + 1), months[m][0], months[m][1]));
		}
		return result;
	}

	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
