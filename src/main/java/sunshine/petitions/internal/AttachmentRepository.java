package sunshine.petitions.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.petitions.PetitionAttachment;

public interface AttachmentRepository extends JpaRepository<PetitionAttachment, Long> {

	List<PetitionAttachment> findByPetitionIdOrderById(Long petitionId);
}
