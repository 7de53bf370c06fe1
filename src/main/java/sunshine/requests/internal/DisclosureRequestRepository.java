package sunshine.requests.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.requests.DisclosureRequest;
import sunshine.requests.RequestStatus;

public interface DisclosureRequestRepository extends JpaRepository<DisclosureRequest, Long> {

	Optional<DisclosureRequest> findByTrackingCode(String trackingCode);

	List<DisclosureRequest> findByStatusIn(List<RequestStatus> statuses);
}
