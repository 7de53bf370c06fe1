package sunshine.requests;

import sunshine.agency.StaffUser;

/**
 * Registers, as a petition (信访事项), an application that is really a complaint, a report or a petition
 * (《政府信息公开条例》(2019) 第三十九条第一款: 信访、投诉、举报等诉求 are not applications for disclosure and go
 * to the procedure of their own). The petitions module implements it; this module only asks for it, so
 * neither module's API depends on the other's the other way round.
 */
public interface PetitionRouting {

	/**
	 * The matter as the application stated it: the same citizen (name, ID number, phone, address) and the
	 * same content, with the application's tracking code for the link back.
	 */
	record RoutedMatter(long agencyId, String agencyCode, boolean online, String name, String idNumber, String phone,
			String address, String content, String fromTrackingCode) {
	}

	/**
	 * The registered petition: its tracking code. Its own query code is told to no one: the petition opens
	 * with the application's query code, which the applicant already holds.
	 */
	record Registered(String trackingCode) {
	}

	/** Registers the petition in the same transaction, by the given registrar; returns its codes. */
	Registered register(RoutedMatter matter, StaffUser registrar);
}
