package sunshine.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import sunshine.audit.AuditCheckpoint;
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
		body.put("pending", verification.pending());
		body.put("checkpoints", verification.checkpoints());
		body.put("lastCheckpoint", checkpoint(verification.lastCheckpoint()));
		body.put("problemCount", verification.problemCount());
		body.put("problems", verification.problems().stream().map(AuditApiController::problem).toList());
		return body;
	}

	private static Map<String, Object> problem(AuditVerification.Problem problem) {
		var body = new LinkedHashMap<String, Object>();
		body.put("seq", problem.seq());
		body.put("entry", problem.entry());
		body.put("kind", problem.kind());
		body.put("afterCheckpoint", checkpoint(problem.after()));
		body.put("beforeCheckpoint", checkpoint(problem.before()));
		body.put("note", problem.note());
		return body;
	}

	private static Map<String, Object> checkpoint(AuditCheckpoint checkpoint) {
		if (checkpoint == null) {
			return null;
		}
		var body = new LinkedHashMap<String, Object>();
		body.put("seq", checkpoint.seq());
		body.put("digest", checkpoint.digest());
		body.put("at", checkpoint.at().toString());
		body.put("node", checkpoint.node());
		body.put("source", checkpoint.source());
		return body;
	}
}
