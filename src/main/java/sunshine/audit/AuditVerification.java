package sunshine.audit;

import java.util.List;

/**
 * The result of checking the whole chain.
 *
 * @param entries how many entries were read
 * @param headSeq the sequence number the chain's head records
 * @param headHash the hash the chain's head records; an auditor who notes it can later prove the
 *        tail was not cut off
 * @param problems what was found wrong, in order; empty when the chain is intact
 */
public record AuditVerification(long entries, long headSeq, String headHash, List<Problem> problems) {

	/** One break in the chain, at entry {@code seq}; {@code kind} is a message key suffix. */
	public record Problem(long seq, String kind) {
	}

	public boolean intact() {
		return problems.isEmpty();
	}
}
