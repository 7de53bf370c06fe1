package sunshine.requests.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.requests.Remedy;

public interface RemedyRepository extends JpaRepository<Remedy, Long> {

	List<Remedy> findByRequestIdOrderByFiledOnAsc(Long requestId);
}
