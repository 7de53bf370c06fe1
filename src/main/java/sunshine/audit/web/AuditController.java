package sunshine.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import org.springframework.context.ApplicationEventPublisher;

import sunshine.audit.AuditLog;
import sunshine.audit.AuditVerification;
import sunshine.shared.AuditableEvent;

/** 安全审计: the security auditor reads the latest entries and verifies the whole chain. */
@Controller
class AuditController {

	/** The auditor's own work is on the record too. */
	record AuditLogVerified(boolean intact, long entries) implements AuditableEvent {
		public String action() { return "audit.verified"; }
		public String subject() { return "audit-log"; }
		public String detail() { return "intact=" + intact + " entries=" + entries; }
	}

	private final AuditLog log;
	private final ApplicationEventPublisher events;

	AuditController(AuditLog log, ApplicationEventPublisher events) {
		this.log = log;
		this.events = events;
	}

	@GetMapping("/console/audit")
	String entries(Model model) {
		model.addAttribute("entries", log.latest(200));
		return "audit/entries";
	}

	@PostMapping("/console/audit/verify")
	String verify(Model model) {
		AuditVerification verification = log.verify();
		events.publishEvent(new AuditLogVerified(verification.intact(), verification.entries()));
		model.addAttribute("verification", verification);
		model.addAttribute("entries", log.latest(200));
		return "audit/entries";
	}
}
