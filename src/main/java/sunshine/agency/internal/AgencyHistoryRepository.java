package sunshine.agency.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.agency.AgencyHistory;

public interface AgencyHistoryRepository extends JpaRepository<AgencyHistory, Long> {

	List<AgencyHistory> findAllByOrderByAgencyIdAscValidUntilAscIdAsc();

	List<AgencyHistory> findByAgencyIdOrderByValidUntilAscIdAsc(long agencyId);
}
