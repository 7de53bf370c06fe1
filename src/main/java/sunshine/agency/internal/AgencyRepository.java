package sunshine.agency.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.agency.Agency;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

	Optional<Agency> findByCode(String code);

	List<Agency> findAllByOrderBySortOrderAscIdAsc();
}
