package sunshine.agency.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.agency.ResponsibleUnit;

public interface ResponsibleUnitRepository extends JpaRepository<ResponsibleUnit, Long> {

	List<ResponsibleUnit> findByAgencyIdOrderBySortOrder(Long agencyId);
}
