package sunshine.reporting.imports;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A batch import (批量导入): the reports found in one upload, imported one after another in the
 * background. The counters are moved by {@link ReportImportBatches} in a statement of their own
 * after each report, so any node can show the progress while the batch runs.
 */
@Entity
@Table(name = "report_import_batch")
public class ReportImportBatch {

	/** A batch that has not moved for this long was interrupted (its node stopped). */
	static final Duration STALLED = Duration.ofMinutes(10);

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_import_batch_seq")
	@SequenceGenerator(name = "report_import_batch_seq", sequenceName = "report_import_batch_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(name = "started_by", nullable = false, length = 64)
	private String startedBy;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	/** When a report of the batch was last taken (or the batch started). */
	@Column(name = "moved_at", nullable = false)
	private Instant movedAt;

	@Column(nullable = false)
	private int total;

	@Column(nullable = false)
	private int done;

	@Column(nullable = false)
	private int failed;

	@Column(name = "skipped_json", nullable = false)
	private String skippedJson;

	protected ReportImportBatch() {
	}

	ReportImportBatch(long agencyId, String startedBy, Instant startedAt, int total, String skippedJson) {
		this.agencyId = agencyId;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.movedAt = startedAt;
		this.total = total;
		this.skippedJson = skippedJson;
	}

	public Long getId() {
		return id;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public String getStartedBy() {
		return startedBy;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getFinishedAt() {
		return finishedAt;
	}

	public int getTotal() {
		return total;
	}

	/** Reports taken so far, imported or failed. */
	public int getDone() {
		return done;
	}

	/** Reports that could not be imported (an error while reading or storing). */
	public int getFailed() {
		return failed;
	}

	public String getSkippedJson() {
		return skippedJson;
	}

	public boolean isFinished() {
		return finishedAt != null;
	}

	/** Unfinished and unmoved for {@link #STALLED}: the node running it stopped; what was imported stays. */
	public boolean isInterruptedAt(Instant now) {
		return finishedAt == null && movedAt.plus(STALLED).isBefore(now);
	}

	/** Whole per cent of the reports taken. */
	public int getPercent() {
		return total == 0 ? 100 : (int) (100L * done / total);
	}

	/** Reports per second over the whole batch, once it has finished. */
	public Double getReportsPerSecond() {
		if (finishedAt == null) {
			return null;
		}
		double seconds = Math.max(Duration.between(startedAt, finishedAt).toMillis(), 1) / 1000.0;
		return done / seconds;
	}
}
