package sunshine.evidence.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.StaffUser;
import sunshine.evidence.EvidencePackages;

/**
 * The evidence package of a case as one ZIP: {@code GET /api/v1/requests/{id}/evidence} and
 * {@code GET /api/v1/petitions/{id}/evidence} (a logged-in session — the case pages link here — or HTTP Basic).
 * 404 outside the caller's scope, 403 for anyone but the case staff of the case's own agency.
 */
@RestController
class EvidenceApiController {

	private final EvidencePackages packages;

	EvidenceApiController(EvidencePackages packages) {
		this.packages = packages;
	}

	@GetMapping("/api/v1/requests/{id:\\d+}/evidence")
	ResponseEntity<byte[]> request(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
		return zip(packages.ofRequest(user, id));
	}

	@GetMapping("/api/v1/petitions/{id:\\d+}/evidence")
	ResponseEntity<byte[]> petition(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
		return zip(packages.ofPetition(user, id));
	}

	private static ResponseEntity<byte[]> zip(EvidencePackages.Package pack) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(pack.fileName()).build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store").body(pack.zip());
	}
}
