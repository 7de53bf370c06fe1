package sunshine.reporting.internal.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.reporting.imports.ImportedReport;

/** Imported reports, with their findings. */
public interface ImportedReportRepository extends JpaRepository<ImportedReport, Long> {

	/** The imports an agency holds of reports for one year, newest first. */
	List<ImportedReport> findByAgencyIdAndReportingYearOrderByImportedAtDesc(long agencyId, int reportingYear);
}
