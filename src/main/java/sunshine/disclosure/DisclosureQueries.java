package sunshine.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.OrgScope;
import sunshine.calendar.CalendarManagement;
import sunshine.disclosure.internal.DisclosureColumnRepository;
import sunshine.disclosure.internal.InformationItemRepository;

/**
 * Reads of proactive disclosure: the yearly figures (SQL over the {@code report_disclosure_*}
 * views, so the figures here and the reporting module's agree by construction), the portal's
 * catalogue, the console's lists, and the documents still waiting for their interpretation.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureQueries {

	/** A row of a list: enough to show and link an item. */
	public record ItemRow(long id, long agencyId, String agencyName, String indexNumber, String title,
			String issuingBody, LocalDate publishedOn, String topic, String genre, String columnCode, String status) {
	}

	/** A page of rows and the total behind it. */
	public record Page<T>(List<T> rows, long total, int page, int size) {
		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
		public boolean hasNext() {
			return page < pages();
		}
		public boolean hasPrevious() {
			return page > 1;
		}
	}

	/** The portal catalogue's filters; null means any. */
	public record CatalogueFilter(Long agencyId, Integer year, Topic topic, Genre genre, String column) {
	}

	/** A normative document and whether its interpretation is late ("同步解读、同步发布"). */
	public record DocumentRow(long id, long agencyId, String kind, String title, String documentNumber,
			LocalDate issuedOn, LocalDate abolishedOn, LocalDate firstInterpretedOn, long interpretations,
			boolean interpretationLate, LocalDate interpretationDue) {
	}

	/** An attachment as listed (without its content). */
	public record AttachmentRow(long id, String fileName, String mediaType, long sizeBytes) {
		public String size() {
			return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
					: String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / 1024.0 / 1024.0);
		}
	}

	/** A register entry as the console lists it. */
	public record RegisterRow(long id, String kind, LocalDate occurredOn, LocalDate endedOn, String title,
			int quantity, long amountFen, boolean principalLeader, boolean fullTime, boolean voided) {
	}

	private final JdbcClient jdbc;
	private final InformationItemRepository items;
	private final DisclosureColumnRepository columns;
	private final sunshine.disclosure.internal.HotspotRepository hotspots;
	private final sunshine.disclosure.internal.ItemAttachmentRepository attachmentRepository;
	private final CalendarManagement calendar;
	private final InterpretationPolicy interpretationPolicy;
	private final Clock clock;

	DisclosureQueries(JdbcClient jdbc, InformationItemRepository items, DisclosureColumnRepository columns,
			sunshine.disclosure.internal.HotspotRepository hotspots,
			sunshine.disclosure.internal.ItemAttachmentRepository attachmentRepository, CalendarManagement calendar, InterpretationPolicy interpretationPolicy, Clock clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.columns = columns;
		this.hotspots = hotspots;
		this.attachmentRepository = attachmentRepository;
		this.calendar = calendar;
		this.interpretationPolicy = interpretationPolicy;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ yearly figures

	/** The agency's figures for the year, counted from the records. */
	public YearFigures figures(long agencyId, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		Map<Channel, Long> perChannel = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			perChannel.put(channel, 0L);
		}
		jdbc.sql("""
				select channel, count(distinct item_id) as n from report_disclosure_item_publications
				where agency_id = :agency and published_on between :from and :to group by channel
				""").param("agency", agencyId).param("from", from).param("to", to)
				.query((rs, i) -> Map.entry(Channel.valueOf(rs.getString("channel")), rs.getLong("n")))
				.list().forEach(e -> perChannel.put(e.getKey(), e.getValue()));
		long distinct = count("""
				select count(distinct item_id) from report_disclosure_item_publications
				where agency_id = :agency and published_on between :from and :to""", agencyId, from, to);
		long normativeDisclosed = count("""
				select count(distinct item_id) from report_disclosure_item_publications
				where agency_id = :agency and published_on between :from and :to and is_normative_document = true""",
				agencyId, from, to);
		long issued = count("""
				select count(*) from report_disclosure_normative_documents
				where agency_id = :agency and issued_on between :from and :to""", agencyId, from, to);
		long abolished = count("""
				select count(*) from report_disclosure_normative_documents
				where agency_id = :agency and abolished_on between :from and :to""", agencyId, from, to);
		long inForce = count("""
				select count(*) from report_disclosure_normative_documents
				where agency_id = :agency and issued_on <= :to and (abolished_on is null or abolished_on > :to)""",
				agencyId, from, to);
		long interpretations = count("""
				select count(*) from report_disclosure_interpretations
				where agency_id = :agency and published_on between :from and :to""", agencyId, from, to);
		long hotspots = count("""
				select count(distinct hotspot_id) from report_disclosure_hotspot_responses
				where agency_id = :agency and responded_on between :from and :to""", agencyId, from, to);
		long hotspotsSocial = count("""
				select count(distinct hotspot_id) from report_disclosure_hotspot_responses
				where agency_id = :agency and responded_on between :from and :to and channel in ('WEIBO', 'WECHAT')""",
				agencyId, from, to);
		long hotspotsOther = count("""
				select count(distinct hotspot_id) from report_disclosure_hotspot_responses
				where agency_id = :agency and responded_on between :from and :to and channel = 'OTHER'""",
				agencyId, from, to);
		Map<RegisterKind, long[]> events = new EnumMap<>(RegisterKind.class);
		jdbc.sql("""
				select kind, count(*) as entries, coalesce(sum(quantity), 0) as quantity,
				       coalesce(sum(amount_fen), 0) as amount,
				       sum(case when principal_leader = true then 1 else 0 end) as principal
				from report_disclosure_register
				where agency_id = :agency and occurred_on between :from and :to group by kind
				""").param("agency", agencyId).param("from", from).param("to", to)
				.query((rs, i) -> Map.entry(RegisterKind.valueOf(rs.getString("kind")),
						new long[] { rs.getLong("entries"), rs.getLong("quantity"), rs.getLong("amount"), rs.getLong("principal") }))
				.list().forEach(e -> events.put(e.getKey(), e.getValue()));
		Map<String, Long> standing = new java.util.HashMap<>();
		jdbc.sql("""
				select kind, full_time, count(*) as n from report_disclosure_register
				where agency_id = :agency and occurred_on <= :to and (ended_on is null or ended_on > :to)
				  and kind in ('DISCLOSURE_OFFICE', 'READING_POINT', 'STAFF')
				group by kind, full_time
				""").param("agency", agencyId).param("to", to)
				.query((rs, i) -> Map.entry(rs.getString("kind") + (rs.getBoolean("full_time") ? "+" : "-"), rs.getLong("n")))
				.list().forEach(e -> standing.merge(e.getKey(), e.getValue(), Long::sum));
		return new YearFigures(distinct, perChannel, normativeDisclosed, issued, abolished, inForce, interpretations,
				hotspots, hotspotsSocial, hotspotsOther,
				entries(events, RegisterKind.PRESS_CONFERENCE), principal(events, RegisterKind.PRESS_CONFERENCE),
				entries(events, RegisterKind.ONLINE_INTERVIEW), principal(events, RegisterKind.ONLINE_INTERVIEW),
				quantity(events, RegisterKind.LICENSING), quantity(events, RegisterKind.PENALTY),
				quantity(events, RegisterKind.COERCION), amount(events, RegisterKind.FEES),
				quantity(events, RegisterKind.NPC_SUGGESTION), quantity(events, RegisterKind.CPPCC_PROPOSAL),
				standing.getOrDefault("DISCLOSURE_OFFICE-", 0L) + standing.getOrDefault("DISCLOSURE_OFFICE+", 0L),
				standing.getOrDefault("READING_POINT-", 0L) + standing.getOrDefault("READING_POINT+", 0L),
				standing.getOrDefault("STAFF+", 0L), standing.getOrDefault("STAFF-", 0L),
				amount(events, RegisterKind.SPECIAL_BUDGET), entries(events, RegisterKind.MEETING),
				entries(events, RegisterKind.TRAINING_HELD),
				quantity(events, RegisterKind.TRAINING_HELD) + quantity(events, RegisterKind.TRAINING_ATTENDED));
	}

	private static long entries(Map<RegisterKind, long[]> events, RegisterKind kind) {
		return events.getOrDefault(kind, new long[4])[0];
	}

	private static long quantity(Map<RegisterKind, long[]> events, RegisterKind kind) {
		return events.getOrDefault(kind, new long[4])[1];
	}

	private static long amount(Map<RegisterKind, long[]> events, RegisterKind kind) {
		return events.getOrDefault(kind, new long[4])[2];
	}

	private static long principal(Map<RegisterKind, long[]> events, RegisterKind kind) {
		return events.getOrDefault(kind, new long[4])[3];
	}

	private long count(String sql, long agencyId, LocalDate from, LocalDate to) {
		var statement = jdbc.sql(sql).param("agency", agencyId);
		if (sql.contains(":from")) {
			statement = statement.param("from", from);
		}
		return statement.param("to", to).query(Long.class).single();
	}

	// ------------------------------------------------------------------ portal

	/** A published item, for its public page. */
	public Optional<InformationItem> publishedItem(long id) {
		return items.findById(id).filter(item -> item.getStatus().isPublic());
	}

	/** Any item within the user's scope, for the console. */
	public Optional<InformationItem> item(long id, OrgScope scope) {
		return items.findById(id).filter(item -> scope.includes(item.getAgencyId()));
	}

	public List<DisclosureColumn> columns() {
		return columns.findAllByOrderBySortOrderAscIdAsc();
	}

	public Optional<DisclosureColumn> column(String code) {
		return columns.findByCode(code);
	}

	/** The published catalogue, newest first, filtered. */
	public Page<ItemRow> catalogue(CatalogueFilter filter, int page, int size) {
		var where = new StringBuilder("i.status = 'PUBLISHED'");
		var params = new java.util.HashMap<String, Object>();
		if (filter.agencyId() != null) {
			where.append(" and i.agency_id = :agency");
			params.put("agency", filter.agencyId());
		}
		if (filter.year() != null) {
			where.append(" and i.published_on between :from and :to");
			params.put("from", LocalDate.of(filter.year(), 1, 1));
			params.put("to", LocalDate.of(filter.year(), 12, 31));
		}
		if (filter.topic() != null) {
			where.append(" and i.topic = :topic");
			params.put("topic", filter.topic().name());
		}
		if (filter.genre() != null) {
			where.append(" and i.genre = :genre");
			params.put("genre", filter.genre().name());
		}
		if (filter.column() != null) {
			where.append(" and i.column_code = :column");
			params.put("column", filter.column());
		}
		// a published item always has its publication date: the order of disclosure_item_published_idx
		return rows(where.toString(), params, page, size, "i.published_on desc, i.id desc");
	}

	/** The items of the user's scope in any state, most recently changed first, optionally by status. */
	public Page<ItemRow> console(OrgScope scope, ItemStatus status, int page, int size) {
		var params = new java.util.HashMap<String, Object>();
		params.put("scope", scope.agencyIds());
		String where = "i.agency_id in (:scope)";
		if (status != null) {
			where += " and i.status = :status";
			params.put("status", status.name());
		}
		return rows(where, params, page, size, "coalesce(i.published_on, cast(i.updated_at as date)) desc, i.id desc");
	}

	private Page<ItemRow> rows(String where, Map<String, Object> params, int page, int size, String order) {
		int safePage = Math.max(1, page);
		long total = jdbc.sql("select count(*) from disclosure_item i where " + where).params(params)
				.query(Long.class).single();
		var all = new java.util.HashMap<>(params);
		all.put("limit", size);
		all.put("offset", (safePage - 1) * size);
		List<ItemRow> rows = jdbc.sql("""
				select i.id, i.agency_id, a.name as agency_name, i.index_number, i.title, i.issuing_body,
				       i.published_on, i.topic, i.genre, i.column_code, i.status
				from disclosure_item i join agency a on a.id = i.agency_id
				where %s
				order by %s
				limit :limit offset :offset""".formatted(where, order)).params(all)
				.query((rs, i) -> new ItemRow(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
						rs.getString("index_number"), rs.getString("title"), rs.getString("issuing_body"),
						rs.getObject("published_on", LocalDate.class), rs.getString("topic"), rs.getString("genre"),
						rs.getString("column_code"), rs.getString("status")))
				.list();
		return new Page<>(rows, total, safePage, size);
	}

	/**
	 * One entry of the open catalogue (开放数据: 政府信息公开目录): what the public catalogue page shows of a
	 * published item, without its body.
	 */
	public record OpenCatalogueRow(long id, String indexNumber, String title, String agencyCode, String agencyName,
			String issuingBody, String documentNumber, LocalDate writtenOn, LocalDate publishedOn, Topic topic,
			Genre genre, String columnCode) {
	}

	/** Every published item, newest first (the whole catalogue: a list of short rows, never bodies). */
	public List<OpenCatalogueRow> openCatalogue() {
		return jdbc.sql("""
				select i.id, i.index_number, i.title, a.code as agency_code, a.name as agency_name, i.issuing_body,
				       i.document_number, i.written_on, i.published_on, i.topic, i.genre, i.column_code
				from disclosure_item i join agency a on a.id = i.agency_id
				where i.status = 'PUBLISHED'
				order by i.published_on desc, i.id desc""")
				.query((rs, n) -> new OpenCatalogueRow(rs.getLong("id"), rs.getString("index_number"),
						rs.getString("title"), rs.getString("agency_code"), rs.getString("agency_name"),
						rs.getString("issuing_body"), rs.getString("document_number"),
						rs.getObject("written_on", LocalDate.class), rs.getObject("published_on", LocalDate.class),
						Topic.valueOf(rs.getString("topic")), Genre.valueOf(rs.getString("genre")),
						rs.getString("column_code")))
				.list();
	}

	/** Years in which the portal has published items, newest first. */
	public List<Integer> publishedYears() {
		return jdbc.sql("""
				select distinct extract(year from published_on) as y from disclosure_item
				where status = 'PUBLISHED' and published_on is not null order by y desc""")
				.query((rs, i) -> rs.getInt(1)).list();
	}

	// ------------------------------------------------------------------ console

	/**
	 * The scope's normative documents with their interpretations; a document is flagged when its
	 * first interpretation came (or is still missing) after the allowed lag ({@link InterpretationPolicy}).
	 */
	public List<DocumentRow> documents(OrgScope scope) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select d.id, d.agency_id, d.kind, d.title, d.document_number, d.issued_on, d.abolished_on,
				       (select min(x.published_on) from disclosure_interpretation x where x.document_id = d.id) as first_on,
				       (select count(*) from disclosure_interpretation x where x.document_id = d.id) as n
				from disclosure_document d where d.agency_id in (:scope) order by d.issued_on desc, d.id desc""")
				.param("scope", scope.agencyIds())
				.query((rs, i) -> {
					LocalDate issued = rs.getObject("issued_on", LocalDate.class);
					LocalDate first = rs.getObject("first_on", LocalDate.class);
					var deadline = calendar.deadline(interpretationPolicy.planFor(issued));
					boolean late = interpretationPolicy.isLate(issued, first, deadline, today);
					return new DocumentRow(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("kind"),
							rs.getString("title"), rs.getString("document_number"), issued,
							rs.getObject("abolished_on", LocalDate.class), first, rs.getLong("n"), late,
							interpretationPolicy.lagWorkingDays() == 0 ? issued : deadline.due());
				}).list();
	}

	/** The scope's register entries of a year (standing ones that lasted into it too). */
	public List<RegisterRow> register(OrgScope scope, int year) {
		return jdbc.sql("""
				select id, kind, occurred_on, ended_on, title, quantity, amount_fen, principal_leader, full_time, voided
				from disclosure_register_entry
				where agency_id in (:scope) and occurred_on <= :to
				  and (occurred_on >= :from or (ended_on is null or ended_on >= :from)
				       and kind in ('DISCLOSURE_OFFICE', 'READING_POINT', 'STAFF'))
				order by kind, occurred_on, id""")
				.param("scope", scope.agencyIds()).param("from", LocalDate.of(year, 1, 1))
				.param("to", LocalDate.of(year, 12, 31))
				.query((rs, i) -> new RegisterRow(rs.getLong("id"), rs.getString("kind"),
						rs.getObject("occurred_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
						rs.getString("title"), rs.getInt("quantity"), rs.getLong("amount_fen"),
						rs.getBoolean("principal_leader"), rs.getBoolean("full_time"), rs.getBoolean("voided")))
				.list();
	}

	/** The scope's hotspots that arose in the year, with their answers. */
	public List<Hotspot> hotspots(OrgScope scope, int year) {
		return hotspots.findByAgencyIdInAndAroseOnBetweenOrderByAroseOnDesc(scope.agencyIds(), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
	}

	public List<AttachmentRow> attachments(long itemId) {
		return jdbc.sql("""
				select id, file_name, media_type, size_bytes from disclosure_attachment where item_id = :item order by id""")
				.param("item", itemId)
				.query((rs, i) -> new AttachmentRow(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
						rs.getLong("size_bytes"))).list();
	}

	/** An attachment of a published item, for a reader to download. */
	public Optional<Attachment> publishedAttachment(long attachmentId) {
		return attachmentRepository.findById(attachmentId)
				.filter(a -> items.findById(a.getItemId()).map(i -> i.getStatus().isPublic()).orElse(false));
	}

	/** Ids of every item in the catalogue (for tests and maintenance). */
	public List<Long> itemIdsOf(long agencyId) {
		return new ArrayList<>(jdbc.sql("select id from disclosure_item where agency_id = :a").param("a", agencyId)
				.query(Long.class).list());
	}
}
