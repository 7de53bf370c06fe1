package sunshine.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import sunshine.audit.AuditLog;

/**
 * Seals the entries written since the last run into the chain, every
 * {@code sunshine.audit.seal-interval} (one second by default), on every node; the sealers of several
 * nodes take turns on the chain's head row, so none needs a scheduler lock.
 */
@Component
class AuditSealingJob {

	private static final Logger log = LoggerFactory.getLogger(AuditSealingJob.class);

	private final AuditLog audit;

	AuditSealingJob(AuditLog audit) {
		this.audit = audit;
	}

	@Scheduled(fixedDelayString = "${sunshine.audit.seal-interval:PT1S}", initialDelayString = "${sunshine.audit.seal-interval:PT1S}")
	void seal() {
		try {
			audit.seal();
		}
		catch (RuntimeException e) {
			// Another node's sealer held the head longer than the lock wait: the next run seals.
			log.warn("Sealing the audit chain failed this time; the next run retries: {}", e.toString());
		}
	}
}
