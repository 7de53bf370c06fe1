package sunshine.reporting.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;
import sunshine.agency.StaffUser;
import sunshine.reporting.imports.ReportSources.Found;
import sunshine.reporting.imports.ReportSources.Skipped;
import sunshine.reporting.imports.ReportSources.Source;
import sunshine.reporting.internal.persistence.ReportImportBatchRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch imports (批量导入): the reports of one upload imported one after another on a worker of
 * their own, each in its own transaction, so one unreadable report costs only itself and the
 * console can show how far the batch has come. The log gives each batch's reports per second.
 */
@Service
public class ReportImportBatches {

	private static final Logger log = LoggerFactory.getLogger(ReportImportBatches.class);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportImports imports;
	private final ReportImportBatchRepository batches;
	private final Clock clock;
	/** One report at a time: the parser is CPU work, and the node keeps serving while a batch runs. */
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "report-import");
		thread.setDaemon(true);
		return thread;
	});

	ReportImportBatches(ReportImports imports, ReportImportBatchRepository batches, Clock clock) {
		this.imports = imports;
		this.batches = batches;
		this.clock = clock;
	}

	/** Records the batch and starts importing its reports in the background. */
	public ReportImportBatch start(Found found, StaffUser user) {
		ReportImports.requireImporter(user);
		ReportImportBatch batch = batches.save(new ReportImportBatch(user.agencyId(), user.username(), Instant.now(clock),
				found.sources().size(), JSON.writeValueAsString(found.skipped())));
		long id = batch.getId();
		long agencyId = user.agencyId();
		String username = user.username();
		List<Source> sources = found.sources();
		worker.execute(() -> run(id, sources, found.skipped(), agencyId, username));
		return batch;
	}

	private void run(long batchId, List<Source> sources, List<Skipped> skipped, long agencyId, String username) {
		long started = System.nanoTime();
		List<Skipped> notTaken = new ArrayList<>(skipped);
		int failed = 0;
		for (Source source : sources) {
			boolean imported = false;
			try {
				imports.importInBatch(source.text(), source.name(), agencyId, username, batchId);
				imported = true;
			}
			catch (RuntimeException e) {
				log.warn("批量导入 {}：{} 未能导入（{}）", batchId, source.name(), e.toString());
				notTaken.add(new Skipped(source.name(), "reporting.batch.skipped.failed"));
				failed++;
			}
			batches.taken(batchId, imported ? 0 : 1, Instant.now(clock));
		}
		batches.finished(batchId, Instant.now(clock), JSON.writeValueAsString(notTaken));
		double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
		log.info("批量导入 {}：{} 份报告（{} 份未能导入，{} 个文件未读取），用时 {} 秒，每秒 {} 份", batchId, sources.size(), failed,
				skipped.size(), String.format("%.2f", seconds), String.format("%.1f", sources.size() / seconds));
	}

	/** A batch the user may see (one of their agency or an agency below it). */
	public ReportImportBatch get(long batchId, StaffUser user) {
		ReportImportBatch batch = batches.findById(batchId)
				.orElseThrow(() -> new IllegalArgumentException("reporting.import.unknown"));
		if (!imports.scope(user).includes(batch.getAgencyId())) {
			throw new AccessDeniedException("reporting.import.unknown");
		}
		return batch;
	}

	/** What the batch did not import, and why. */
	@SuppressWarnings("unchecked")
	public static List<Skipped> skipped(ReportImportBatch batch) {
		List<Map<String, Object>> rows = JSON.readValue(batch.getSkippedJson(),
				JSON.getTypeFactory().constructCollectionType(List.class, LinkedHashMap.class));
		return rows.stream().map(r -> new Skipped(String.valueOf(r.get("name")), String.valueOf(r.get("reason")))).toList();
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
