package sunshine.reporting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.reporting.ImportedReport;

/** Imported reports, with their findings. */
public interface ImportedReportRepository extends JpaRepository<ImportedReport, Long> {
}
