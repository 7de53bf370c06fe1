package sunshine.reporting.imports;

import sunshine.shared.AuditableEvent;

/** What happens to imported reports; every event is written to the audit log. */
public final class ReportingEvents {

	private ReportingEvents() {
	}

	/** A published report was imported and checked. */
	public record ReportImported(long importId, String sourceName, String reportAgency, Integer year, int findings)
			implements AuditableEvent {
		public String action() { return "report.imported"; }
		public String subject() { return "report-import:" + importId; }
		public String detail() {
			return "source=" + sourceName + " agency=" + reportAgency + " year=" + year + " findings=" + findings;
		}
	}

	/** A reviewer confirmed a finding. */
	public record FindingConfirmed(long importId, long findingId, String rule) implements AuditableEvent {
		public String action() { return "report.finding.confirmed"; }
		public String subject() { return "report-finding:" + findingId; }
		public String detail() { return "import=" + importId + " rule=" + rule; }
	}

	/** A reviewer dismissed a finding, with a reason. */
	public record FindingDismissed(long importId, long findingId, String rule, String reason) implements AuditableEvent {
		public String action() { return "report.finding.dismissed"; }
		public String subject() { return "report-finding:" + findingId; }
		public String detail() { return "import=" + importId + " rule=" + rule + " reason=" + reason; }
	}

	/** A reviewer took a decision on a finding back. */
	public record FindingReopened(long importId, long findingId) implements AuditableEvent {
		public String action() { return "report.finding.reopened"; }
		public String subject() { return "report-finding:" + findingId; }
		public String detail() { return "import=" + importId; }
	}
}
