package sunshine.disclosure.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.disclosure.Attachment;

public interface ItemAttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByItemIdOrderById(long itemId);
}
