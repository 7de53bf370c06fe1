package sunshine.disclosure;

import sunshine.shared.AuditableEvent;

/** What happens in proactive disclosure; every one is written to the audit log. */
public final class DisclosureEvents {

	private DisclosureEvents() {
	}

	public record ItemDrafted(Long itemId, String indexNumber, String title) implements AuditableEvent {
		public String action() { return "disclosure.item.drafted"; }
		public String subject() { return "disclosure-item:" + indexNumber; }
		public String detail() { return title; }
	}

	public record ItemRevised(Long itemId, String indexNumber) implements AuditableEvent {
		public String action() { return "disclosure.item.revised"; }
		public String subject() { return "disclosure-item:" + indexNumber; }
	}

	public record ItemSubmitted(Long itemId, String indexNumber) implements AuditableEvent {
		public String action() { return "disclosure.item.submitted"; }
		public String subject() { return "disclosure-item:" + indexNumber; }
	}

	public record ItemReturned(Long itemId, String indexNumber, String reason) implements AuditableEvent {
		public String action() { return "disclosure.item.returned"; }
		public String subject() { return "disclosure-item:" + indexNumber; }
		public String detail() { return reason; }
	}

	public record ItemPublished(Long itemId, String indexNumber, String channels) implements AuditableEvent {
		public String action() { return "disclosure.item.published"; }
		public String subject() { return "disclosure-item:" + indexNumber; }
		public String detail() { return channels; }
	}

	public record ItemWithdrawn(Long itemId, String indexNumber, String reason) implements AuditableEvent {
		public String action() { return "disclosure.item.withdrawn"; }
		public String subject() { return "disclosure-item:" + indexNumber; }
		public String detail() { return reason; }
	}

	public record AttachmentAdded(Long itemId, String fileName, String sha256) implements AuditableEvent {
		public String action() { return "disclosure.attachment.added"; }
		public String subject() { return "disclosure-item-id:" + itemId; }
		public String detail() { return fileName + " sha256=" + sha256; }
	}

	public record CatalogueImported(String agencyCode, int items) implements AuditableEvent {
		public String action() { return "disclosure.catalogue.imported"; }
		public String subject() { return "agency:" + agencyCode; }
		public String detail() { return "items=" + items; }
	}

	public record DocumentRegistered(Long documentId, String documentNumber, String kind) implements AuditableEvent {
		public String action() { return "disclosure.document.registered"; }
		public String subject() { return "normative-document:" + documentId; }
		public String detail() { return kind + " " + documentNumber; }
	}

	public record DocumentAmended(Long documentId, String on, String note) implements AuditableEvent {
		public String action() { return "disclosure.document.amended"; }
		public String subject() { return "normative-document:" + documentId; }
		public String detail() { return on + " " + note; }
	}

	public record DocumentAbolished(Long documentId, String on) implements AuditableEvent {
		public String action() { return "disclosure.document.abolished"; }
		public String subject() { return "normative-document:" + documentId; }
		public String detail() { return on; }
	}

	public record InterpretationRecorded(Long interpretationId, Long documentId, String title) implements AuditableEvent {
		public String action() { return "disclosure.interpretation.recorded"; }
		public String subject() { return "interpretation:" + interpretationId; }
		public String detail() { return "document=" + documentId + " " + title; }
	}

	public record HotspotAnswered(Long hotspotId, String channel, String on) implements AuditableEvent {
		public String action() { return "disclosure.hotspot.answered"; }
		public String subject() { return "hotspot:" + hotspotId; }
		public String detail() { return channel + " " + on; }
	}

	public record RegisterEntryRecorded(Long entryId, String kind, String on) implements AuditableEvent {
		public String action() { return "disclosure.register.recorded"; }
		public String subject() { return "register-entry:" + entryId; }
		public String detail() { return kind + " " + on; }
	}

	public record RegisterImported(String agencyCode, int entries) implements AuditableEvent {
		public String action() { return "disclosure.register.imported"; }
		public String subject() { return "agency:" + agencyCode; }
		public String detail() { return "entries=" + entries; }
	}

	public record RegisterEntryVoided(Long entryId, String reason) implements AuditableEvent {
		public String action() { return "disclosure.register.voided"; }
		public String subject() { return "register-entry:" + entryId; }
		public String detail() { return reason; }
	}

	public record ColumnEdited(String code, String name) implements AuditableEvent {
		public String action() { return "disclosure.column.edited"; }
		public String subject() { return "disclosure-column:" + code; }
		public String detail() { return name; }
	}

	public record SearchIndexRebuilt(long documents) implements AuditableEvent {
		public String action() { return "disclosure.index.rebuilt"; }
		public String subject() { return "search-index"; }
		public String detail() { return "documents=" + documents; }
	}
}
