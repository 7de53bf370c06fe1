package sunshine.audit;

import java.util.List;

/**
 * The result of checking the whole chain against itself, its head and the checkpoints kept outside
 * the database.
 *
 * @param entries how many sealed entries were read
 * @param headSeq the place in the chain the head records
 * @param headHash the chain digest the head records; an auditor who notes it can later prove the
 *        tail was not cut off
 * @param pending entries written but not sealed yet when the check ran (their transactions
 *        committed during it); they are checked by the next verification
 * @param checkpoints how many valid checkpoints were read; {@code lastCheckpoint} is the latest
 * @param problemCount how many problems were found; {@code problems} lists the first
 *        {@link #MAX_LISTED}, in order
 */
public record AuditVerification(long entries, long headSeq, String headHash, long pending, int checkpoints,
		AuditCheckpoint lastCheckpoint, long problemCount, List<Problem> problems) {

	public static final int MAX_LISTED = 200;

	/**
	 * One break, at place {@code seq} of the chain (entry number {@code entry}, 0 when there is no
	 * such entry); {@code kind} is a message key suffix; {@code after} is the last checkpoint before
	 * the break and {@code before} the first at or after it (either may be null); {@code note} names
	 * a checkpoint file and line where that is what is wrong.
	 */
	public record Problem(long seq, long entry, String kind, AuditCheckpoint after, AuditCheckpoint before,
			String note) {
	}

	public boolean intact() {
		return problemCount == 0;
	}
}
