package sunshine.disclosure.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.disclosure.PolicyInterpretation;

public interface PolicyInterpretationRepository extends JpaRepository<PolicyInterpretation, Long> {
}
