package sunshine.opinion.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.opinion.OpinionFeed;

public interface OpinionFeedRepository extends JpaRepository<OpinionFeed, Long> {

	List<OpinionFeed> findByActiveTrueOrderById();

	List<OpinionFeed> findByAgencyIdOrderById(Long agencyId);
}
