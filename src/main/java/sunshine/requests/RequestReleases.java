package sunshine.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.documents.DocumentRendering;
import sunshine.shared.AuditableEvent;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotFound;
import sunshine.shared.workflow.NotPermitted;

/**
 * Provable redaction (区分处理, 第三十七条): the handler gives the text of a document to be released and the
 * passages to remove, each with its {@link RedactionKind}; the released PDF is rendered from the text with the
 * passages taken out — the characters are not in the file at all, nothing is drawn over them — and the record
 * keeps the SM3 and SHA-256 digests of the original text and of the released file, and the redaction log
 * (kind, article, number of characters removed, by whom, when). The original text itself is not kept here: its
 * digest binds the agency's copy. Every release is on the audit record of the request.
 */
@Service
@Transactional
public class RequestReleases {

	/** One passage to remove. */
	public record Redaction(String passage, RedactionKind kind) {
	}

	/** What the handler submits. */
	public record Draft(String title, String text, List<Redaction> redactions) {
	}

	/** One line of the redaction log. */
	public record LogLine(int line, String kind, String kindLabel, String article, int characters, String by, Instant at) {
	}

	/** A release on the record: digests of both versions and the log. */
	public record Release(String id, long requestId, String title, String originalSha256, String originalSm3,
			String releasedSha256, String releasedSm3, String createdBy, Instant createdAt, List<LogLine> log) {
	}

	/** The audit record of a release: both digests. */
	public record Released(String trackingCode, String releaseId, String originalSha256, String releasedSha256,
			int redactions) implements AuditableEvent {
		public String action() {
			return "request.released";
		}

		public String subject() {
			return "request:" + trackingCode;
		}

		public String detail() {
			return "release=" + releaseId + " original.sha256=" + originalSha256 + " released.sha256=" + releasedSha256
					+ " redactions=" + redactions;
		}
	}

	/** The marker left where a passage was removed: the number of its line in the log. */
	static String marker(int line) {
		return "［已删除" + line + "］";
	}

	private final DisclosureRequestManagement requests;
	private final DocumentRendering documents;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RequestReleases(DisclosureRequestManagement requests, DocumentRendering documents, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.documents = documents;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The text with every passage removed (all its occurrences), each replaced by its log line's marker. */
	static String redact(String text, List<Redaction> redactions) {
		String released = text;
		for (int i = 0; i < redactions.size(); i++) {
			released = released.replace(redactions.get(i).passage(), marker(i + 1));
		}
		return released;
	}

	/**
	 * Renders and records a release; the handler of the request's own agency only.
	 *
	 * @throws IllegalTransition when a passage is empty or not in the text, or would survive the redaction
	 */
	public Release release(StaffUser user, long requestId, Draft draft) {
		if (!user.has(Role.HANDLER)) {
			throw new NotPermitted("requests.error.releaseRole");
		}
		DisclosureRequest request = requests.find(user, requestId).orElseThrow(() -> new NotFound("requests.error.notFound"));
		if (request.getAgencyId() != user.agencyId()) {
			throw new NotPermitted("requests.error.notOwn");
		}
		if (draft.text() == null || draft.text().isBlank() || draft.title() == null || draft.title().isBlank()
				|| draft.title().length() > 200 || draft.text().length() > 100_000) {
			throw new IllegalTransition("requests.error.releaseText");
		}
		List<Redaction> redactions = draft.redactions() == null ? List.of() : draft.redactions();
		for (Redaction redaction : redactions) {
			if (redaction == null || redaction.kind() == null || redaction.passage() == null
					|| redaction.passage().isBlank() || !draft.text().contains(redaction.passage())) {
				throw new IllegalTransition("requests.error.redactionPassage");
			}
		}
		String released = redact(draft.text(), redactions);
		for (Redaction redaction : redactions) {
			if (released.contains(redaction.passage())) {
				// a passage inside a marker or another passage's remains: refuse rather than release it
				throw new IllegalTransition("requests.error.redactionPassage");
			}
		}
		byte[] pdf = documents.pdfFromHtml(html(draft.title().strip(), released, redactions));
		byte[] original = draft.text().getBytes(StandardCharsets.UTF_8);
		String id = UUID.randomUUID().toString();
		Instant now = Instant.now(clock);
		jdbc.sql("""
				insert into request_release (id, request_id, agency_id, title, original_sha256, original_sm3,
				  released_sha256, released_sm3, released_pdf, created_by, created_at)
				values (:id, :request, :agency, :title, :osha, :osm3, :rsha, :rsm3, :pdf, :by, :at)
				""").param("id", id).param("request", requestId).param("agency", request.getAgencyId())
				.param("title", draft.title().strip()).param("osha", sha256(original)).param("osm3", sm3(original))
				.param("rsha", sha256(pdf)).param("rsm3", sm3(pdf)).param("pdf", pdf).param("by", user.username())
				.param("at", java.sql.Timestamp.from(now)).update();
		for (int i = 0; i < redactions.size(); i++) {
			Redaction redaction = redactions.get(i);
			jdbc.sql("""
					insert into request_redaction (release_id, line_no, kind, article, char_count, redacted_by, redacted_at)
					values (:id, :line, :kind, :article, :chars, :by, :at)
					""").param("id", id).param("line", i + 1).param("kind", redaction.kind().name())
					.param("article", redaction.kind().article()).param("chars", redaction.passage().length())
					.param("by", user.username()).param("at", java.sql.Timestamp.from(now)).update();
		}
		events.publishEvent(new Released(request.getTrackingCode(), id, sha256(original), sha256(pdf), redactions.size()));
		return find(requestId, id).orElseThrow();
	}

	/** The releases of a request, newest last. */
	@Transactional(readOnly = true)
	public List<Release> of(long requestId) {
		return jdbc.sql("select id from request_release where request_id = :r order by created_at, id")
				.param("r", requestId).query(String.class).list().stream().map(id -> find(requestId, id).orElseThrow())
				.toList();
	}

	/** One release of the request. */
	@Transactional(readOnly = true)
	public Optional<Release> find(long requestId, String id) {
		List<LogLine> log = jdbc.sql("""
				select line_no, kind, article, char_count, redacted_by, redacted_at from request_redaction
				where release_id = :id order by line_no
				""").param("id", id).query((rs, n) -> new LogLine(rs.getInt(1), rs.getString(2),
				RedactionKind.valueOf(rs.getString(2)).label(), rs.getString(3), rs.getInt(4), rs.getString(5),
				rs.getTimestamp(6).toInstant())).list();
		return jdbc.sql("""
				select id, request_id, title, original_sha256, original_sm3, released_sha256, released_sm3, created_by,
				  created_at from request_release where id = :id and request_id = :r
				""").param("id", id).param("r", requestId).query((rs, n) -> new Release(rs.getString(1), rs.getLong(2),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
				rs.getTimestamp(9).toInstant(), log)).optional();
	}

	/** The released PDF. */
	@Transactional(readOnly = true)
	public Optional<byte[]> releasedPdf(long requestId, String id) {
		return jdbc.sql("select released_pdf from request_release where id = :id and request_id = :r").param("id", id)
				.param("r", requestId).query((rs, n) -> rs.getBytes(1)).optional();
	}

	private String html(String title, String released, List<Redaction> redactions) {
		var html = new StringBuilder("<html><head><meta charset=\"utf-8\"><style>body{font-family:"
				+ DocumentRendering.FONT_FAMILY + ";font-size:12pt;line-height:1.6}</style></head><body><h1>")
				.append(HtmlUtils.htmlEscape(title)).append("</h1>");
		for (String paragraph : released.split("\\R")) {
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraph)).append("</p>");
		}
		if (!redactions.isEmpty()) {
			html.append("<h2>区分处理说明</h2><ol>");
			for (Redaction redaction : redactions) {
				html.append("<li>").append(HtmlUtils.htmlEscape("依据《中华人民共和国政府信息公开条例》"
						+ redaction.kind().article() + "删除")).append("</li>");
			}
			html.append("</ol>");
		}
		return html.append("</body></html>").toString();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String sm3(byte[] bytes) {
		var digest = new SM3Digest();
		digest.update(bytes, 0, bytes.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}
}
