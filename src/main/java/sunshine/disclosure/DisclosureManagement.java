package sunshine.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.OrgScope;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.disclosure.internal.DisclosureColumnRepository;
import sunshine.disclosure.internal.HotspotRepository;
import sunshine.disclosure.internal.InformationItemRepository;
import sunshine.disclosure.internal.NormativeDocumentRepository;
import sunshine.disclosure.internal.PolicyInterpretationRepository;
import sunshine.disclosure.internal.RegisterEntryRepository;

/**
 * Every write of proactive disclosure: drafting, reviewing, publishing and withdrawing items;
 * normative documents and their interpretations; hotspots; register entries; the portal's
 * columns. Each change is an audited event. Staff act on records of agencies in their
 * {@link OrgScope} only.
 */
@Service
@Transactional
public class DisclosureManagement {

	private final InformationItemRepository items;
	private final NormativeDocumentRepository documents;
	private final PolicyInterpretationRepository interpretations;
	private final HotspotRepository hotspots;
	private final RegisterEntryRepository register;
	private final DisclosureColumnRepository columns;
	private final AgencyLookup agencies;
	private final sunshine.disclosure.internal.ItemAttachmentRepository attachments;
	private final AttachmentPolicy attachmentPolicy;
	private final IndexNumberScheme scheme;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DisclosureManagement(InformationItemRepository items, NormativeDocumentRepository documents,
			PolicyInterpretationRepository interpretations, HotspotRepository hotspots, RegisterEntryRepository register,
			DisclosureColumnRepository columns, AgencyLookup agencies,
			sunshine.disclosure.internal.ItemAttachmentRepository attachments, AttachmentPolicy attachmentPolicy,
			IndexNumberScheme scheme,
			ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.documents = documents;
		this.interpretations = interpretations;
		this.hotspots = hotspots;
		this.register = register;
		this.columns = columns;
		this.agencies = agencies;
		this.attachments = attachments;
		this.attachmentPolicy = attachmentPolicy;
		this.scheme = scheme;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ information items

	/** 新建: a draft item of the agency, with the next 索引号 of the current year. */
	public InformationItem draft(long agencyId, ItemContent content) {
		requireColumn(content.columnCode());
		Agency agency = agencies.byId(agencyId).orElseThrow();
		int year = LocalDate.now(clock).getYear();
		int next = items.lastSequence(agencyId, year).orElse(0) + 1;
		IndexNumber number = scheme.format(agency.getCode(), agency.getDivisionCode(), year, next);
		InformationItem item = items.save(new InformationItem(agencyId, number, content, now()));
		events.publishEvent(new DisclosureEvents.ItemDrafted(item.getId(), item.getIndexNumber(), item.getTitle()));
		return item;
	}

	/**
	 * 公开一次: information granted on application (予以公开) goes into the catalogue in one step — drafted,
	 * reviewed and published on the agency's website today, under the column 信息公开目录, with the text
	 * as released to the applicant (redactions applied). Later applicants are pointed to it.
	 */
	public InformationItem publishGranted(long agencyId, String title, String issuingBody, String body) {
		OrgScope scope = OrgScope.ownAgencyOnly(agencyId);
		String shortTitle = title.length() > 200 ? title.substring(0, 200) : title;
		InformationItem item = draft(agencyId, new ItemContent(shortTitle, issuingBody, null, LocalDate.now(clock),
				Topic.OPENNESS, Genre.OTHER, "catalogue", body));
		submitForReview(item.getId(), scope);
		return publish(item.getId(), List.of(new ChannelPublication(Channel.WEBSITE, LocalDate.now(clock),
				"/disclosure/items/" + item.getId(), null)), scope);
	}

	public InformationItem revise(long itemId, ItemContent content, OrgScope scope) {
		requireColumn(content.columnCode());
		return items.save(item(itemId, scope).revise(content, now()));
	}

	public InformationItem submitForReview(long itemId, OrgScope scope) {
		return items.save(item(itemId, scope).submitForReview(now()));
	}

	public InformationItem returnToDraft(long itemId, String reason, OrgScope scope) {
		return items.save(item(itemId, scope).returnToDraft(reason, now()));
	}

	public InformationItem publish(long itemId, List<ChannelPublication> channels, OrgScope scope) {
		return items.save(item(itemId, scope).publish(channels, now()));
	}

	public InformationItem publishAlsoOn(long itemId, ChannelPublication publication, OrgScope scope) {
		return items.save(item(itemId, scope).publishAlsoOn(publication, now()));
	}

	public InformationItem withdraw(long itemId, LocalDate on, String reason, OrgScope scope) {
		return items.save(item(itemId, scope).withdraw(on, reason, now()));
	}

	/**
	 * 附件: attaches a file to a draft, if {@link AttachmentPolicy} accepts it.
	 *
	 * @throws IllegalArgumentException with the message key of the reason a file is refused
	 */
	public Attachment attach(long itemId, String fileName, byte[] content, OrgScope scope) {
		InformationItem item = item(itemId, scope);
		if (!item.allowedActions().contains("edit")) {
			throw new IllegalStateException("Only a draft takes attachments");
		}
		AttachmentPolicy.Verdict verdict = attachmentPolicy.check(fileName, content);
		if (!verdict.accepted()) {
			throw new IllegalArgumentException(verdict.problem());
		}
		String name = AttachmentPolicy.safeName(fileName);
		String sha256;
		try {
			sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		Attachment attachment = attachments.save(new Attachment(itemId, name, verdict.mediaType(), content, sha256, now()));
		events.publishEvent(new DisclosureEvents.AttachmentAdded(itemId, name, sha256));
		return attachment;
	}

	/**
	 * 导入: takes over an existing catalogue's published items, numbered in the year of their first
	 * publication after the agency's last number of that year. One audited event for the import.
	 */
	public List<InformationItem> importCatalogue(long agencyId, List<ImportedItem> imported) {
		Agency agency = agencies.byId(agencyId).orElseThrow();
		Map<Integer, Integer> last = new HashMap<>();
		var sorted = new ArrayList<>(imported);
		sorted.sort(Comparator.comparing(ImportedItem::firstPublishedOn));
		var created = new ArrayList<InformationItem>(sorted.size());
		Instant now = now();
		for (ImportedItem entry : sorted) {
			int year = entry.firstPublishedOn().getYear();
			int next = last.computeIfAbsent(year, y -> items.lastSequence(agencyId, y).orElse(0)) + 1;
			last.put(year, next);
			created.add(InformationItem.imported(agencyId,
					scheme.format(agency.getCode(), agency.getDivisionCode(), year, next), entry.content(),
					entry.publications(), now));
		}
		List<InformationItem> saved = items.saveAll(created);
		events.publishEvent(new DisclosureEvents.CatalogueImported(agency.getCode(), saved.size()));
		return saved;
	}

	private InformationItem item(long itemId, OrgScope scope) {
		InformationItem item = items.findById(itemId).orElseThrow(() -> new IllegalArgumentException("disclosure.error.noSuchItem"));
		requireScope(scope, item.getAgencyId());
		return item;
	}

	private void requireColumn(String code) {
		if (columns.findByCode(code).isEmpty()) {
			throw new IllegalArgumentException("disclosure.error.column");
		}
	}

	// ------------------------------------------------------------------ documents, interpretations, hotspots

	public NormativeDocument registerDocument(long agencyId, DocumentKind kind, String title, String documentNumber,
			LocalDate issuedOn, Long itemId) {
		if (itemId != null) {
			requireScope(OrgScope.ownAgencyOnly(agencyId), items.findById(itemId).orElseThrow().getAgencyId());
		}
		NormativeDocument document = documents.save(
				new NormativeDocument(agencyId, kind, title, documentNumber, issuedOn, itemId, now()));
		events.publishEvent(new DisclosureEvents.DocumentRegistered(document.getId(), document.getDocumentNumber(),
				kind.name()));
		return document;
	}

	public NormativeDocument amendDocument(long documentId, LocalDate on, String note, OrgScope scope) {
		return documents.save(document(documentId, scope).amend(on, note));
	}

	public NormativeDocument abolishDocument(long documentId, LocalDate on, OrgScope scope) {
		return documents.save(document(documentId, scope).abolish(on));
	}

	private NormativeDocument document(long documentId, OrgScope scope) {
		NormativeDocument document = documents.findById(documentId).orElseThrow();
		requireScope(scope, document.getAgencyId());
		return document;
	}

	public PolicyInterpretation recordInterpretation(long agencyId, Long documentId, Long itemId, String title,
			PolicyInterpretation.Form form, LocalDate publishedOn) {
		if (documentId != null) {
			requireScope(OrgScope.ownAgencyOnly(agencyId), documents.findById(documentId).orElseThrow().getAgencyId());
		}
		PolicyInterpretation interpretation = interpretations.save(
				new PolicyInterpretation(agencyId, documentId, itemId, title, form, publishedOn, now()));
		events.publishEvent(new DisclosureEvents.InterpretationRecorded(interpretation.getId(), documentId, title));
		return interpretation;
	}

	public Hotspot recordHotspot(long agencyId, String subject, LocalDate aroseOn, List<Hotspot.Response> answers) {
		Hotspot hotspot = hotspots.save(new Hotspot(agencyId, subject, aroseOn, now()));
		answers.forEach(hotspot::answer);
		return hotspots.save(hotspot);
	}

	public Hotspot answerHotspot(long hotspotId, Hotspot.Response answer, OrgScope scope) {
		Hotspot hotspot = hotspots.findById(hotspotId).orElseThrow();
		requireScope(scope, hotspot.getAgencyId());
		return hotspots.save(hotspot.answer(answer));
	}

	// ------------------------------------------------------------------ registers

	/**
	 * 登记: records a register entry.
	 *
	 * @throws InvalidRegisterEntryException listing the fields that are wrong
	 */
	public RegisterEntry record(long agencyId, RegisterEntryDraft draft) {
		var problems = draft.problems();
		if (!problems.isEmpty()) {
			throw new InvalidRegisterEntryException(problems);
		}
		RegisterEntry entry = register.save(new RegisterEntry(agencyId, draft, now()));
		events.publishEvent(new DisclosureEvents.RegisterEntryRecorded(entry.getId(), entry.getKind().name(),
				entry.getOccurredOn().toString()));
		return entry;
	}

	/**
	 * Takes over many register entries at once (a migration from an older register, the demo), as
	 * one audited import; each entry is checked like a single one.
	 */
	public void recordAll(long agencyId, List<RegisterEntryDraft> drafts) {
		Instant now = now();
		var entries = new ArrayList<RegisterEntry>(drafts.size());
		for (RegisterEntryDraft draft : drafts) {
			if (!draft.problems().isEmpty()) {
				throw new InvalidRegisterEntryException(draft.problems());
			}
			entries.add(new RegisterEntry(agencyId, draft, now));
		}
		register.saveAll(entries);
		events.publishEvent(new DisclosureEvents.RegisterImported(
				agencies.byId(agencyId).map(Agency::getCode).orElse("?"), entries.size()));
	}

	public RegisterEntry voidEntry(long entryId, String reason, OrgScope scope) {
		RegisterEntry entry = register.findById(entryId).orElseThrow();
		requireScope(scope, entry.getAgencyId());
		return register.save(entry.voidEntry(reason));
	}

	// ------------------------------------------------------------------ columns

	/**
	 * Whether the editor may change the column: a disclosure editor of the column's agency, or — for a
	 * region-wide column — of the agency at the top of the tree.
	 */
	@Transactional(readOnly = true)
	public boolean mayEditColumn(StaffUser user, DisclosureColumn column) {
		if (user == null || !user.has(Role.DISCLOSURE_EDITOR)) {
			return false;
		}
		return column.isRegionWide() ? atTop(user) : column.getAgencyId() == user.agencyId();
	}

	private boolean atTop(StaffUser user) {
		return agencies.byId(user.agencyId()).map(a -> a.getParentId() == null).orElse(false);
	}

	/** 栏目维护: the editor renames, describes or reorders a column of their own agency (see {@link #mayEditColumn}). */
	public DisclosureColumn editColumn(StaffUser user, String code, String name, String intro, int sortOrder) {
		DisclosureColumn column = columns.findByCode(code).orElseThrow(() -> new IllegalArgumentException("disclosure.error.column"));
		if (!mayEditColumn(user, column)) {
			throw new AccessDeniedException(column.isRegionWide() ? "disclosure.error.columnRegionWide"
					: "disclosure.error.columnOtherAgency");
		}
		column.edit(name, intro, sortOrder);
		events.publishEvent(new DisclosureEvents.ColumnEdited(code, column.getName()));
		return columns.save(column);
	}

	/**
	 * A new column of the editor's agency; the editors of the agency at the top of the tree add to the
	 * region-wide set.
	 */
	public DisclosureColumn addColumn(StaffUser user, String code, String name, String intro, int sortOrder) {
		if (user == null || !user.has(Role.DISCLOSURE_EDITOR)) {
			throw new AccessDeniedException("Disclosure editors only");
		}
		if (code == null || !code.matches("[a-z][a-z0-9-]{1,31}") || columns.findByCode(code).isPresent()) {
			throw new IllegalArgumentException("disclosure.error.columnCode");
		}
		DisclosureColumn column = columns.save(new DisclosureColumn(code, name, intro, sortOrder,
				atTop(user) ? null : user.agencyId()));
		events.publishEvent(new DisclosureEvents.ColumnEdited(code, column.getName()));
		return column;
	}

	private static void requireScope(OrgScope scope, long agencyId) {
		if (!scope.includes(agencyId)) {
			throw new AccessDeniedException("Outside the user's data scope");
		}
	}

	private Instant now() {
		return Instant.now(clock);
	}
}
