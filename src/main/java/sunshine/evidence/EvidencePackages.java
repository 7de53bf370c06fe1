package sunshine.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import sunshine.agency.StaffUser;
import sunshine.audit.AuditCheckpoint;
import sunshine.audit.AuditEntry;
import sunshine.audit.AuditLog;
import sunshine.documents.DocumentRendering;
import sunshine.petitions.Petition;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.PetitionTracking;
import sunshine.requests.DisclosureRequest;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.NoticeKind;
import sunshine.requests.RequestNotices;
import sunshine.requests.TrackingView;
import sunshine.shared.AuditableEvent;
import sunshine.shared.Times;
import sunshine.shared.workflow.NotFound;
import sunshine.shared.workflow.NotPermitted;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the evidence package of a case. The files are gathered first, then the audit entries of the case
 * (sealed into the chain) and a checkpoint of the chain's head written after them, so the checkpoint covers
 * every entry listed; the download itself is recorded in the audit log and appears in the next package.
 */
@Service
public class EvidencePackages {

	/** One file of the package in the manifest. */
	public record FileDigest(String name, long bytes, String sm3, String sha256) {
	}

	/** The checkpoint the case's audit entries are covered by. */
	public record Checkpoint(long place, String digest, Instant at, String node, String mac) {
	}

	/** {@code manifest.json}. */
	public record Manifest(String caseKind, String trackingCode, Instant generatedAt, List<FileDigest> files,
			List<Long> auditEntries, Checkpoint checkpoint, String note) {
	}

	/** The audit record of a download of the package. */
	public record Exported(String subject, int files, long checkpoint) implements AuditableEvent {
		public String action() {
			return "evidence.exported";
		}

		public String detail() {
			return "files=" + files + " checkpoint=" + checkpoint;
		}
	}

	/** The ZIP and its file name. */
	public record Package(String fileName, byte[] zip) {
	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final DisclosureRequestManagement requests;
	private final RequestNotices notices;
	private final TrackingView tracking;
	private final PetitionManagement petitions;
	private final org.springframework.context.MessageSource messages;
	private final DocumentRendering documents;
	private final AuditLog audit;
	private final sunshine.requests.RequestReleases releases;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	EvidencePackages(DisclosureRequestManagement requests, RequestNotices notices, TrackingView tracking,
			PetitionManagement petitions, org.springframework.context.MessageSource messages,
			DocumentRendering documents, AuditLog audit, sunshine.requests.RequestReleases releases,
			ApplicationEventPublisher events, Clock clock) {
		this.releases = releases;
		this.requests = requests;
		this.notices = notices;
		this.tracking = tracking;
		this.petitions = petitions;
		this.messages = messages;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The package of a disclosure request: the case staff of its own agency only. */
	public Package ofRequest(StaffUser user, long id) {
		DisclosureRequest request = requests.find(user, id).orElseThrow(() -> new NotFound("requests.error.notFound"));
		if (!user.mayRevealPersonalDataOf(request.getAgencyId())) {
			throw new NotPermitted("evidence.error.caseStaff");
		}
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		var view = tracking.of(request, zh);
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<String[]> rows = view.timeline().stream()
				.map(step -> new String[] { Times.day(step.on(), zh), step.label(), step.note() == null ? "" : step.note() })
				.toList();
		files.put("timeline.pdf", timeline(text("evidence.request.title", request.getTrackingCode()), List.of(
				new String[] { text("evidence.field.agency"), view.agencyName() },
				new String[] { text("evidence.field.status"), view.statusLabel() },
				new String[] { text("evidence.field.outcome"), view.outcomeLabel() == null ? "" : view.outcomeLabel() },
				new String[] { text("evidence.field.description"), request.getDescription() },
				new String[] { text("evidence.field.answer"), request.getAnswerText() == null ? "" : request.getAnswerText() }),
				rows));
		for (TrackingView.Document document : view.documents()) {
			NoticeKind kind = document.kind();
			files.put("letters/" + kind.fileName(request.getTrackingCode()) + ".pdf", notices.pdf(request, kind));
		}
		var released = releases.of(id);
		for (var release : released) {
			files.put("releases/" + release.id() + ".pdf", releases.releasedPdf(id, release.id()).orElseThrow());
		}
		if (!released.isEmpty()) {
			files.put("releases/redaction-log.json", json(released));
		}
		String code = request.getTrackingCode();
		return pack("request", code, List.of("request:" + code), files);
	}

	/** The package of a petition: the case staff of its own agency only. */
	public Package ofPetition(StaffUser user, long id) {
		Petition petition = petitions.find(id, user).orElseThrow(() -> new NotFound("petitions.error.notFound"));
		if (!user.mayRevealPersonalDataOf(petition.getAgencyId())) {
			throw new NotPermitted("evidence.error.caseStaff");
		}
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		var view = PetitionTracking.of(petition, messages, zh);
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<String[]> rows = view.steps().stream().map(step -> new String[] { Times.format(step.at(), zh, false),
				step.step() + "：" + step.action(), step.note() == null ? "" : step.note() }).toList();
		files.put("timeline.pdf", timeline(text("evidence.petition.title", petition.getTrackingCode()), List.of(
				new String[] { text("evidence.field.title"), petition.getTitle() },
				new String[] { text("evidence.field.status"), view.statusLabel() },
				new String[] { text("evidence.field.content"), petition.getContent() },
				new String[] { text("evidence.field.answer"), view.reply() == null ? "" : view.reply() }), rows));
		int n = 0;
		for (var attachment : petitions.attachments(id, user)) {
			var download = petitions.download(id, attachment.getId(), user).orElseThrow();
			files.put("attachments/" + (++n) + "-" + download.fileName().replaceAll("[\\\\/:*?\"<>|]", "_"),
					download.content());
		}
		String code = petition.getTrackingCode();
		return pack("petition", code, List.of(code, "petition:" + code), files);
	}

	private Package pack(String kind, String code, List<String> subjects, Map<String, byte[]> files) {
		List<AuditEntry> entries = audit.about(subjects);
		AuditCheckpoint checkpoint = audit.checkpoint();
		files.put("audit-entries.json", json(entries));
		List<FileDigest> digests = new ArrayList<>();
		files.forEach((name, bytes) -> digests.add(new FileDigest(name, bytes.length, sm3(bytes), sha256(bytes))));
		var manifest = new Manifest(kind, code, Instant.now(clock), digests,
				entries.stream().map(AuditEntry::seq).toList(),
				checkpoint == null ? null : new Checkpoint(checkpoint.seq(), checkpoint.digest(), checkpoint.at(),
						checkpoint.node(), checkpoint.mac()),
				text("evidence.manifest.note"));
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("manifest.json"));
			zip.write(json(manifest));
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		events.publishEvent(new Exported((kind.equals("request") ? "request:" : "") + code, files.size(),
				checkpoint == null ? 0 : checkpoint.seq()));
		return new Package("evidence-" + code + ".zip", out.toByteArray());
	}

	private byte[] timeline(String title, List<String[]> facts, List<String[]> steps) {
		var html = new StringBuilder("<html><head><meta charset=\"utf-8\"><style>body{font-family:"
				+ DocumentRendering.FONT_FAMILY + ";font-size:11pt}table{border-collapse:collapse;width:100%}"
				+ "td,th{border:1px solid #444;padding:4px;vertical-align:top;text-align:left}</style></head><body>");
		html.append("<h1>").append(esc(title)).append("</h1><table>");
		for (String[] fact : facts) {
			html.append("<tr><th>").append(esc(fact[0])).append("</th><td>").append(esc(fact[1])).append("</td></tr>");
		}
		html.append("</table><h2>").append(esc(text("evidence.timeline"))).append("</h2><table><tr><th>")
				.append(esc(text("evidence.field.when"))).append("</th><th>").append(esc(text("evidence.field.step")))
				.append("</th><th>").append(esc(text("evidence.field.note"))).append("</th></tr>");
		for (String[] step : steps) {
			html.append("<tr><td>").append(esc(step[0])).append("</td><td>").append(esc(step[1])).append("</td><td>")
					.append(esc(step[2])).append("</td></tr>");
		}
		html.append("</table></body></html>");
		return documents.pdfFromHtml(html.toString());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text);
	}

	private static byte[] json(Object value) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
	}

	/** SM3 (GB/T 32905-2016) of the bytes, in hex. */
	public static String sm3(byte[] bytes) {
		var digest = new SM3Digest();
		digest.update(bytes, 0, bytes.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	/** SHA-256 of the bytes, in hex. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
