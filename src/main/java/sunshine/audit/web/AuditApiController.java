package sunshine.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import sunshine.audit.AuditLog;
import sunshine.audit.AuditVerification;

/** {@code GET /api/v1/audit/verification}: the security auditor's scripts verify the chain (e.g. after a restore). */
@RestController
class AuditApiController {

	private final AuditLog log;
	private final ApplicationEventPublisher events;

	AuditApiController(AuditLog log, ApplicationEventPublisher events) {
		this.log = log;
		this.events = events;
	}

	@GetMapping("/api/v1/audit/verification")
	Map<String, Object> verification() {
		AuditVerification verification = log.verify();
		events.publishEvent(new AuditController.AuditLogVerified(verification.intact(), verification.entries()));
		var body = new LinkedHashMap<String, Object>();
		body.put("intact", verification.intact());
		body.put("entries", verification.entries());
		body.put("headSeq", verification.headSeq());
		body.put("headHash", verification.headHash());
		body.put("problems", verification.problems().stream()
				.map(p -> Map.of("seq", p.seq(), "kind", p.kind())).toList());
		return body;
	}
}
