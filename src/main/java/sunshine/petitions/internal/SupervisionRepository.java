package sunshine.petitions.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.petitions.Supervision;

public interface SupervisionRepository extends JpaRepository<Supervision, Long> {
}
