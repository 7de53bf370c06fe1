package sunshine.agency.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.agency.StaffAccount;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsername(String username);

	List<StaffAccount> findByAgencyIdInOrderByAgencyIdAscUsernameAsc(Collection<Long> agencyIds);
}
