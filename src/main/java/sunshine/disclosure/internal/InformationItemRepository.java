package sunshine.disclosure.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import sunshine.disclosure.InformationItem;

public interface InformationItemRepository extends JpaRepository<InformationItem, Long> {

	@Query("select max(i.indexSeq) from InformationItem i where i.agencyId = ?1 and i.indexYear = ?2")
	Optional<Integer> lastSequence(long agencyId, int year);
}
