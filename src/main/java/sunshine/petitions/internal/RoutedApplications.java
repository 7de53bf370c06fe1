package sunshine.petitions.internal;

import org.springframework.stereotype.Component;

import sunshine.agency.StaffUser;
import sunshine.petitions.PetitionManagement;
import sunshine.requests.PetitionRouting;

/**
 * Registers the petitions that applications for disclosure are routed to (《政府信息公开条例》第三十九条第一款),
 * for the requests module, which asks through its {@link PetitionRouting} interface.
 */
@Component
class RoutedApplications implements PetitionRouting {

	private final PetitionManagement petitions;

	RoutedApplications(PetitionManagement petitions) {
		this.petitions = petitions;
	}

	@Override
	public Registered register(RoutedMatter matter, StaffUser registrar) {
		var receipt = petitions.registerRouted(matter.agencyId(), matter.online(), matter.name(), matter.idNumber(),
				matter.phone(), matter.address(), matter.content(), matter.fromTrackingCode(), registrar);
		return new Registered(receipt.trackingCode());
	}
}
