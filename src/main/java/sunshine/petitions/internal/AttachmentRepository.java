package sunshine.petitions.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

import sunshine.petitions.PetitionAttachment;

/** Named apart from the disclosure module's repository of the same simple name (one bean name per context). */
@Repository("petitionAttachmentRepository")
public interface AttachmentRepository extends JpaRepository<PetitionAttachment, Long> {

	List<PetitionAttachment> findByPetitionIdOrderById(Long petitionId);
}
