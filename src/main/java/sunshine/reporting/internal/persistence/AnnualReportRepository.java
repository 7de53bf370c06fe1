package sunshine.reporting.internal.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.reporting.document.AnnualReport;
import sunshine.reporting.document.AnnualReportStatus;

/** Annual report documents with their versions. */
public interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

	Optional<AnnualReport> findByAgencyIdAndReportingYear(long agencyId, int reportingYear);

	List<AnnualReport> findByStatusOrderByReportingYearDesc(AnnualReportStatus status);
}
