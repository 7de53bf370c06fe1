/**
 * Evidence packages (证据包) for a reconsideration or a lawsuit: one ZIP per case — a disclosure request or a
 * petition — with the full timeline as PDF ({@code documents}), every letter and attachment, the audit entries
 * of the case as JSON, and {@code manifest.json} listing each file with its SM3 and SHA-256 digests and the
 * audit chain checkpoint (place, digest, time, node, HMAC) written after every entry of the case was sealed,
 * so a court or reviewer can check that nothing was altered: the digests against the files, the entries
 * against the chain (the audit module's verification, which holds the key) and the chain against the
 * checkpoint kept outside the database. Only the case staff of the case's own agency download it (the
 * letters and attachments carry the citizen's personal data), and each download is on the audit record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence 证据包",
		allowedDependencies = { "shared", "agency", "audit", "documents", "requests", "petitions" })
package sunshine.evidence;
