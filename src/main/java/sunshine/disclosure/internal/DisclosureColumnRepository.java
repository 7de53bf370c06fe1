package sunshine.disclosure.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.disclosure.DisclosureColumn;

public interface DisclosureColumnRepository extends JpaRepository<DisclosureColumn, Long> {

	List<DisclosureColumn> findAllByOrderBySortOrderAscIdAsc();

	Optional<DisclosureColumn> findByCode(String code);
}
