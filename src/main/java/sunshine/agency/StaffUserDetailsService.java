package sunshine.agency;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.internal.AgencyRepository;
import sunshine.agency.internal.StaffAccountRepository;


/** Loads staff accounts for the login, lockout state included. */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;
	private final AgencyRepository agencies;
	private final Clock clock;

	StaffUserDetailsService(StaffAccountRepository accounts, AgencyRepository agencies, Clock clock) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public StaffUser loadUserByUsername(String username) {
		StaffAccount account = accounts.findByUsername(username)
				.orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
		Agency agency = agencies.findById(account.getAgencyId()).orElseThrow();
		return new StaffUser(account.getId(), account.getUsername(), account.getDisplayName(), agency.getId(),
				agency.getCode(), agency.getName(), account.getRoles(), account.getPasswordHash(),
				account.isEnabled(), account.isLockedAt(Instant.now(clock)));
	}
}
