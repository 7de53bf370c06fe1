package sunshine.petitions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 形势网上判: the figures of the petitions received by a set of agencies in a period, as SQL over the
 * records (never counters). {@code received} counts the items received in the period;
 * {@code replied} those of them answered (reply, or notice of refusal or forwarding) by the period's
 * last day; {@code open} the rest; {@code online} the received items of the internet channels
 * (网上投诉, 领导留言板, 手机/微信). Rates are rounded to three decimals and {@code null} when nothing
 * is there to divide by: reply rate = replied / received, on-time rate = answered in time / replied,
 * satisfaction rate = (满意 + 基本满意) / rated by the period's last day. A matter is counted once: the
 * repeats merged into it (重复信访) are left out of every count and counted apart ({@code repeats}).
 */
@Service
@Transactional(readOnly = true)
public class PetitionStatistics {

	/** The channels that count as 网上信访, from {@link Channel#isOnline()}: the one definition the queries bind. */
	static final java.util.List<String> ONLINE = java.util.Arrays.stream(Channel.values()).filter(Channel::isOnline)
			.map(Enum::name).toList();


	/**
	 * The figures of one period. Every count is of matters (件): a repeat merged into a matter's first petition
	 * (重复信访) is not a new matter and is counted in {@code repeats} alone.
	 */
	public record Figures(long received, long replied, long open, BigDecimal replyRate, BigDecimal onTimeRate,
			BigDecimal satisfactionRate, long online, Map<String, Long> byChannel, long repeats) {
	}

	/** One row of a breakdown: a label and its counts. */
	public record Row(String label, long received, long replied, long online) {
	}

	private final JdbcClient jdbc;

	PetitionStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures for the agencies (already cut to the caller's scope) and the period, both ends
	 * included; {@code channel} null for all channels.
	 */
	public Figures figures(Collection<Long> agencyIds, LocalDate from, LocalDate to, Channel channel) {
		var counts = jdbc.sql("""
				select count(*) as received,
				       sum(case when answered_on is not null and answered_on <= :to then 1 else 0 end) as replied,
				       sum(case when answered_on is not null and answered_on <= :to and answered_on_time = true then 1 else 0 end) as on_time,
				       sum(case when rating is not null and rated_on <= :to then 1 else 0 end) as rated,
				       sum(case when rating in ('SATISFIED', 'BASICALLY_SATISFIED') and rated_on <= :to then 1 else 0 end) as satisfied,
				       sum(case when channel in (:online) then 1 else 0 end) as online
				from petition
				where agency_id in (:scope) and received_on between :from and :to and repeat_of is null
				  and (:channel = '' or channel = :channel)
				""").param("scope", agencyIds).param("online", ONLINE).param("from", from).param("to", to)
				.param("channel", channel == null ? "" : channel.name())
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6) })
				.single();
		Map<String, Long> byChannel = new LinkedHashMap<>();
		for (Channel c : Channel.values()) {
			if (channel == null || channel == c) {
				byChannel.put(c.label(), 0L);
			}
		}
		jdbc.sql("""
				select channel, count(*) from petition
				where agency_id in (:scope) and received_on between :from and :to and repeat_of is null
				  and (:channel = '' or channel = :channel)
				group by channel
				""").param("scope", agencyIds).param("from", from).param("to", to)
				.param("channel", channel == null ? "" : channel.name())
				.query((rs, n) -> byChannel.put(Channel.valueOf(rs.getString(1)).label(), rs.getLong(2))).list();
		long repeats = jdbc.sql("""
				select count(*) from petition
				where agency_id in (:scope) and received_on between :from and :to and repeat_of is not null
				  and (:channel = '' or channel = :channel)
				""").param("scope", agencyIds).param("from", from).param("to", to)
				.param("channel", channel == null ? "" : channel.name()).query(Long.class).single();
		long received = counts[0];
		long replied = counts[1];
		return new Figures(received, replied, received - replied, rate(replied, received), rate(counts[2], replied),
				rate(counts[4], counts[3]), counts[5], byChannel, repeats);
	}

	/** The change from {@code before} to {@code now} as a fraction rounded to two decimals (−0.36 = −36 %). */
	public static BigDecimal change(long before, long now) {
		if (before == 0) {
			return null;
		}
		return BigDecimal.valueOf(now - before).divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP);
	}

	/** Received items per month of the period ({@code yyyy-MM}). */
	public List<Row> byMonth(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select extract(year from received_on) as y, extract(month from received_on) as m, count(*),
				       sum(case when answered_on is not null and answered_on <= :to then 1 else 0 end),
				       sum(case when channel in (:online) then 1 else 0 end)
				from petition where agency_id in (:scope) and received_on between :from and :to and repeat_of is null
				group by extract(year from received_on), extract(month from received_on)
				order by 1, 2
				""").param("scope", agencyIds).param("online", ONLINE).param("from", from).param("to", to)
				.query((rs, n) -> new Row(String.format("%d-%02d", rs.getInt(1), rs.getInt(2)), rs.getLong(3),
						rs.getLong(4), rs.getLong(5)))
				.list();
	}

	/** Received items per agency. */
	public List<Row> byAgency(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select a.name, count(*),
				       sum(case when p.answered_on is not null and p.answered_on <= :to then 1 else 0 end),
				       sum(case when p.channel in (:online) then 1 else 0 end)
				from petition p join agency a on a.id = p.agency_id
				where p.agency_id in (:scope) and p.received_on between :from and :to and p.repeat_of is null
				group by a.name, a.sort_order order by a.sort_order
				""").param("scope", agencyIds).param("online", ONLINE).param("from", from).param("to", to)
				.query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
	}

	/** Received items per top-level category. */
	public List<Row> byCategory(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select coalesce(parent.name, c.name) as label, count(*),
				       sum(case when p.answered_on is not null and p.answered_on <= :to then 1 else 0 end),
				       sum(case when p.channel in (:online) then 1 else 0 end)
				from petition p join petition_category c on c.code = p.category_code
				left join petition_category parent on parent.code = c.parent_code
				where p.agency_id in (:scope) and p.received_on between :from and :to and p.repeat_of is null
				group by coalesce(parent.name, c.name) order by 2 desc
				""").param("scope", agencyIds).param("online", ONLINE).param("from", from).param("to", to)
				.query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
	}

	/** Received items per responsible unit. */
	public List<Row> byUnit(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select unit_name, count(*),
				       sum(case when answered_on is not null and answered_on <= :to then 1 else 0 end),
				       sum(case when channel in (:online) then 1 else 0 end)
				from petition where agency_id in (:scope) and received_on between :from and :to and unit_name is not null
				  and repeat_of is null
				group by unit_name order by 2 desc
				""").param("scope", agencyIds).param("online", ONLINE).param("from", from).param("to", to)
				.query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
	}

	/** Titles and contents of the period, for the hot-topic word count. */
	public List<String> texts(Collection<Long> agencyIds, LocalDate from, LocalDate to, int limit) {
		return new ArrayList<>(jdbc.sql("""
				select title from petition where agency_id in (:scope) and received_on between :from and :to
				  and repeat_of is null
				order by received_on desc, id desc
				fetch first :limit rows only
				""").param("scope", agencyIds).param("from", from).param("to", to).param("limit", limit)
				.query(String.class).list());
	}

	/**
	 * One row of the open data (开放数据) of petitions: the items received in a month by an agency through a
	 * channel in a category, and how many of them have been answered (at all, and in time), rated and rated
	 * 满意 or 基本满意 so far — matters only — and the repeats (重复信访) merged into a matter, apart. Counts only:
	 * no petitioner, no title, no text.
	 */
	public record MonthlyRow(int year, int month, String agencyCode, String agencyName, String channel,
			String categoryCode, String categoryName, long received, long answered, long answeredOnTime, long rated,
			long satisfied, long repeats) {

		/** 答复率 in per cent, one decimal; null when nothing was received. */
		public BigDecimal replyRate() {
			return percent(answered, received);
		}

		/** 按期答复率 in per cent of the answered, one decimal; null when none was answered. */
		public BigDecimal onTimeRate() {
			return percent(answeredOnTime, answered);
		}

		/** 满意率 in per cent of the rated, one decimal; null when none was rated. */
		public BigDecimal satisfactionRate() {
			return percent(satisfied, rated);
		}
	}

	/**
	 * The petitions received from {@code from} to {@code to} (both included) in every agency, counted per
	 * month of receipt, agency, channel and category with one SQL {@code group by}: the work grows with the
	 * number of groups returned, not with the items read row by row in Java.
	 */
	public List<MonthlyRow> monthly(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select extract(year from p.received_on) as y, extract(month from p.received_on) as m,
				       a.code as agency_code, a.name as agency_name, a.sort_order, p.channel, p.category_code,
				       c.name as category_name, c.sort_order as category_order,
				       sum(case when p.repeat_of is null then 1 else 0 end) as received,
				       sum(case when p.repeat_of is null and p.answered_on is not null then 1 else 0 end) as answered,
				       sum(case when p.repeat_of is null and p.answered_on is not null and p.answered_on_time = true then 1 else 0 end) as on_time,
				       sum(case when p.repeat_of is null and p.rating is not null then 1 else 0 end) as rated,
				       sum(case when p.repeat_of is null and p.rating in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as satisfied,
				       sum(case when p.repeat_of is not null then 1 else 0 end) as repeats
				from petition p join agency a on a.id = p.agency_id
				     join petition_category c on c.code = p.category_code
				where p.received_on between :from and :to
				group by extract(year from p.received_on), extract(month from p.received_on), a.code, a.name, a.sort_order,
				         p.channel, p.category_code, c.name, c.sort_order
				order by 1, 2, a.sort_order, a.code, p.channel, c.sort_order, p.category_code
				""").param("from", from).param("to", to)
				.query((rs, n) -> new MonthlyRow(rs.getInt("y"), rs.getInt("m"), rs.getString("agency_code"),
						rs.getString("agency_name"), Channel.valueOf(rs.getString("channel")).label(),
						rs.getString("category_code"), rs.getString("category_name"), rs.getLong("received"),
						rs.getLong("answered"), rs.getLong("on_time"), rs.getLong("rated"), rs.getLong("satisfied"),
						rs.getLong("repeats")))
				.list();
	}

	/** {@code part / whole} in per cent with one decimal, half up; null when the whole is zero. */
	public static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	static BigDecimal rate(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
	}
}
