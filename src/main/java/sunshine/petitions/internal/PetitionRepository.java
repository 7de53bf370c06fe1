package sunshine.petitions.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.petitions.Petition;

public interface PetitionRepository extends JpaRepository<Petition, Long> {

	Optional<Petition> findByTrackingCode(String trackingCode);
}
