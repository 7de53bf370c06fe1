package sunshine.petitions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import sunshine.petitions.Petition;
import sunshine.petitions.PetitionStatus;
import sunshine.petitions.ReviewLevel;

public interface PetitionRepository extends JpaRepository<Petition, Long> {

	Optional<Petition> findByTrackingCode(String trackingCode);

	/** The repeats (重复信访) merged into a petition that still wait for its answer. */
	List<Petition> findByRepeatOfAndStatus(Long repeatOf, PetitionStatus status);

	@Query("""
			select p.id from Petition p
			where p.agencyId = :agency and p.status = :status and p.answeredOn between :from and :to
			order by p.id""")
	List<Long> findIdsToAnalyse(long agency, PetitionStatus status, LocalDate from, LocalDate to);

	@Query("""
			select p.trackingCode from Petition p
			where p.idNumberIndex = :idNumberIndex and p.categoryCode = :category and p.reviewLevel = :level
			  and p.answeredOn is not null and p.id <> :except
			order by p.answeredOn""")
	List<String> findFinalMatters(String idNumberIndex, String category, ReviewLevel level, Long except);
}
