package sunshine.agency;

import java.time.LocalDate;

import sunshine.shared.AuditableEvent;

/** What the system administrator changes in the region's agency tree (机构调整); every one is audited. */
public final class RegionEvents {

	private RegionEvents() {
	}

	public record AgencyRenamed(String code, String oldName, String newName, LocalDate on) implements AuditableEvent {
		public String action() { return "agency.renamed"; }
		public String subject() { return "agency:" + code; }
		public String detail() { return oldName + " → " + newName + " from " + on; }
	}

	public record AgencyMoved(String code, String oldParentCode, String newParentCode, LocalDate on)
			implements AuditableEvent {
		public String action() { return "agency.moved"; }
		public String subject() { return "agency:" + code; }
		public String detail() { return oldParentCode + " → " + newParentCode + " from " + on; }
	}

	public record AgencyMerged(String code, String intoCode, LocalDate on, int accountsMoved, int childrenMoved)
			implements AuditableEvent {
		public String action() { return "agency.merged"; }
		public String subject() { return "agency:" + code; }
		public String detail() {
			return "into " + intoCode + " from " + on + ", accounts=" + accountsMoved + ", children=" + childrenMoved;
		}
	}

	public record AgencyRetired(String code, LocalDate on) implements AuditableEvent {
		public String action() { return "agency.retired"; }
		public String subject() { return "agency:" + code; }
		public String detail() { return "from " + on; }
	}

	public record DepartmentCreated(String agencyCode, long id, String name) implements AuditableEvent {
		public String action() { return "department.created"; }
		public String subject() { return "department:" + id; }
		public String detail() { return agencyCode + " " + name; }
	}

	public record DepartmentRenamed(String agencyCode, long id, String oldName, String newName) implements AuditableEvent {
		public String action() { return "department.renamed"; }
		public String subject() { return "department:" + id; }
		public String detail() { return agencyCode + " " + oldName + " → " + newName; }
	}

	public record DepartmentRetired(String agencyCode, long id, String name) implements AuditableEvent {
		public String action() { return "department.retired"; }
		public String subject() { return "department:" + id; }
		public String detail() { return agencyCode + " " + name; }
	}

	public record UnitCreated(String agencyCode, long id, String name) implements AuditableEvent {
		public String action() { return "unit.created"; }
		public String subject() { return "unit:" + id; }
		public String detail() { return agencyCode + " " + name; }
	}

	public record UnitRenamed(String agencyCode, long id, String oldName, String newName) implements AuditableEvent {
		public String action() { return "unit.renamed"; }
		public String subject() { return "unit:" + id; }
		public String detail() { return agencyCode + " " + oldName + " → " + newName; }
	}

	public record UnitRetired(String agencyCode, long id, String name) implements AuditableEvent {
		public String action() { return "unit.retired"; }
		public String subject() { return "unit:" + id; }
		public String detail() { return agencyCode + " " + name; }
	}
}
