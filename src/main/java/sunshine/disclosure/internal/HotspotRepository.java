package sunshine.disclosure.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.disclosure.Hotspot;

public interface HotspotRepository extends JpaRepository<Hotspot, Long> {

	List<Hotspot> findByAgencyIdInAndAroseOnBetweenOrderByAroseOnDesc(Collection<Long> agencyIds, LocalDate from,
			LocalDate to);
}
