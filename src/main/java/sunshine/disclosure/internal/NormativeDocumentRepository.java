package sunshine.disclosure.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.disclosure.NormativeDocument;

public interface NormativeDocumentRepository extends JpaRepository<NormativeDocument, Long> {
}
