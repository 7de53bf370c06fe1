package sunshine.reporting.document;

import sunshine.shared.AuditableEvent;

/** What happens to an annual report document; each is written to the audit log. */
public final class AnnualReportEvents {

	private AnnualReportEvents() {
	}

	public record Drafted(long documentId, String agencyCode, int year, String by) implements AuditableEvent {
		public String action() { return "report.document.drafted"; }
		public String subject() { return "report-document:" + documentId; }
		public String detail() { return "agency=" + agencyCode + " year=" + year; }
	}

	public record Edited(long documentId, int versionNo) implements AuditableEvent {
		public String action() { return "report.document.edited"; }
		public String subject() { return "report-document:" + documentId; }
		public String detail() { return "version=" + versionNo; }
	}

	public record Submitted(long documentId, String by) implements AuditableEvent {
		public String action() { return "report.document.submitted"; }
		public String subject() { return "report-document:" + documentId; }
		public String detail() { return "by=" + by; }
	}

	public record Returned(long documentId, String by) implements AuditableEvent {
		public String action() { return "report.document.returned"; }
		public String subject() { return "report-document:" + documentId; }
		public String detail() { return "by=" + by; }
	}

	public record SignedOff(long documentId, String by) implements AuditableEvent {
		public String action() { return "report.document.signed"; }
		public String subject() { return "report-document:" + documentId; }
		public String detail() { return "by=" + by; }
	}

	public record Published(long documentId, String by) implements AuditableEvent {
		public String action() { return "report.document.published"; }
		public String subject() { return "report-document:" + documentId; }
		public String detail() { return "by=" + by; }
	}

	public record Waived(long documentId, String itemKey, String by) implements AuditableEvent {
		public String action() { return "report.document.waived"; }
		public String subject() { return "report-document:" + documentId; }
		public String detail() { return "item=" + itemKey + " by=" + by; }
	}
}
