package sunshine.disclosure.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.disclosure.Hotspot;

public interface HotspotRepository extends JpaRepository<Hotspot, Long> {
}
