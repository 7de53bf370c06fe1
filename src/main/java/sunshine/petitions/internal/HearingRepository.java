package sunshine.petitions.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.petitions.PetitionHearing;

public interface HearingRepository extends JpaRepository<PetitionHearing, Long> {
}
