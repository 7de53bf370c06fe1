package sunshine.disclosure.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.disclosure.RegisterEntry;

public interface RegisterEntryRepository extends JpaRepository<RegisterEntry, Long> {
}
