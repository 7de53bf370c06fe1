package sunshine.reporting.internal.persistence;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import sunshine.reporting.imports.ReportImportBatch;

/** Batch imports of published reports; the counters move in statements of their own. */
public interface ReportImportBatchRepository extends JpaRepository<ReportImportBatch, Long> {

	/** One more report of the batch taken ({@code failed} 1 when it could not be imported). */
	@Transactional
	@Modifying
	@Query("update ReportImportBatch b set b.done = b.done + 1, b.failed = b.failed + :failed, b.movedAt = :now where b.id = :id")
	int taken(@Param("id") long id, @Param("failed") int failed, @Param("now") Instant now);

	/** The batch has ended; what it did not import is recorded. */
	@Transactional
	@Modifying
	@Query("update ReportImportBatch b set b.finishedAt = :now, b.movedAt = :now, b.skippedJson = :skipped where b.id = :id")
	int finished(@Param("id") long id, @Param("now") Instant now, @Param("skipped") String skippedJson);
}
