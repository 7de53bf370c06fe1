package sunshine.audit.web;

import java.util.List;

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
	Verification verification() {
		AuditVerification verification = log.verify();
		events.publishEvent(new AuditController.AuditLogVerified(verification.intact(), verification.entries()));
		return Verification.of(verification);
	}

	/** The answer: the chain's state, its last checkpoint and the first problems found. */
	record Verification(boolean intact, long entries, long headSeq, String headHash, long pending, int checkpoints,
			Checkpoint lastCheckpoint, long problemCount, List<Problem> problems) {

		static Verification of(AuditVerification v) {
			return new Verification(v.intact(), v.entries(), v.headSeq(), v.headHash(), v.pending(), v.checkpoints(),
					Checkpoint.of(v.lastCheckpoint()), v.problemCount(), v.problems().stream().map(Problem::of).toList());
		}
	}

	/** A problem of the chain, placed between the checkpoints around it. */
	record Problem(long seq, long entry, String kind, Checkpoint afterCheckpoint, Checkpoint beforeCheckpoint, String note) {

		static Problem of(AuditVerification.Problem p) {
			return new Problem(p.seq(), p.entry(), p.kind(), Checkpoint.of(p.after()), Checkpoint.of(p.before()), p.note());
		}
	}

	/** A checkpoint as scripts compare it with the copy kept outside the database (its key's MAC is not shown). */
	record Checkpoint(long seq, String digest, String at, String node, String source) {

		static Checkpoint of(AuditCheckpoint c) {
			return c == null ? null : new Checkpoint(c.seq(), c.digest(), c.at().toString(), c.node(), c.source());
		}
	}
}
