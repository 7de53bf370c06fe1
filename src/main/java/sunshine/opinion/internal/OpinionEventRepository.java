package sunshine.opinion.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.opinion.OpinionEvent;

public interface OpinionEventRepository extends JpaRepository<OpinionEvent, Long> {

	/** Whether the agency already collected the feed entry known by this key. */
	boolean existsByAgencyIdAndEntryKey(Long agencyId, String entryKey);
}
