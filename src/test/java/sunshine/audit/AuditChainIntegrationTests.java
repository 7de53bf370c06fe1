package sunshine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import sunshine.SunshineIntegrationTest;

/**
 * The keyed chain finds every kind of tampering, including one whose whole chain and head were
 * recomputed by someone with the database but without the key, and places each break between the
 * checkpoints kept outside the database. Each test appends its own entries and tampers with them
 * directly in the database; before each test the whole log, its head and the checkpoint files are
 * copied, and afterwards put back, so the chain is whole again for the next test.
 */
@SunshineIntegrationTest
class AuditChainIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	List<Map<String, Object>> entriesBefore;
	Map<String, Object> headBefore;
	Map<Path, byte[]> checkpointFilesBefore;

	@BeforeEach
	void copyTheLog() throws IOException {
		assertThat(log.verify().problems()).as("the chain is whole before the test").isEmpty();
		entriesBefore = jdbc.sql("select * from audit_entry").query().listOfRows();
		headBefore = jdbc.sql("select * from audit_head where id = 1").query().singleRow();
		checkpointFilesBefore = new HashMap<>();
		if (Files.isDirectory(checkpoints.directory())) {
			try (Stream<Path> files = Files.list(checkpoints.directory())) {
				for (Path file : files.toList()) {
					checkpointFilesBefore.put(file, Files.readAllBytes(file));
				}
			}
		}
	}

	@AfterEach
	void putTheLogBack() throws IOException {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("delete from audit_entry").update();
			for (Map<String, Object> row : entriesBefore) {
				insert("audit_entry", row);
			}
			var head = new HashMap<>(headBefore);
			head.remove("id");
			var set = String.join(", ", head.keySet().stream().map(c -> c + " = :" + c).toList());
			jdbc.sql("update audit_head set " + set + " where id = 1").params(head).update();
		});
		if (Files.isDirectory(checkpoints.directory())) {
			try (Stream<Path> files = Files.list(checkpoints.directory())) {
				for (Path file : files.toList()) {
					if (!checkpointFilesBefore.containsKey(file)) {
						Files.delete(file);
					}
				}
			}
		}
		for (var file : checkpointFilesBefore.entrySet()) {
			Files.write(file.getKey(), file.getValue());
		}
	}

	private void insert(String table, Map<String, Object> row) {
		var columns = new ArrayList<>(row.keySet());
		jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") values ("
				+ String.join(", ", columns.stream().map(c -> ":" + c).toList()) + ")").params(row).update();
	}

	private List<AuditEntry> append(int count, String step) {
		var entries = new ArrayList<AuditEntry>();
		for (int i = 1; i <= count; i++) {
			entries.add(log.append("handler", "640000-xfj", "test.step", "case:1", step + i, "127.0.0.1"));
		}
		return entries;
	}

	private long placeOf(AuditEntry entry) {
		return jdbc.sql("select chain_seq from audit_entry where seq = :seq").param("seq", entry.seq()).query(Long.class).single();
	}

	private List<AuditVerification.Problem> problemsAt(AuditVerification verification, long place) {
		return verification.problems().stream().filter(p -> p.seq() == place).toList();
	}

	@Test
	void sealsEveryEntryIntoOneChainOfPlacesWithoutGaps() {
		List<AuditEntry> entries = append(5, "登记");
		assertThat(entries).allSatisfy(e -> assertThat(e.chainSeq()).as("written, not sealed yet").isNull());
		AuditVerification verification = log.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.pending()).isZero();
		var sealed = entries.stream().map(e -> log.entry(e.seq()).orElseThrow()).toList();
		for (int i = 1; i < sealed.size(); i++) {
			assertThat(sealed.get(i).chainSeq()).isEqualTo(sealed.get(i - 1).chainSeq() + 1);
			assertThat(sealed.get(i).prevHash()).isEqualTo(sealed.get(i - 1).hash());
		}
		assertThat(verification.headSeq()).isEqualTo(sealed.get(4).chainSeq());
		assertThat(verification.headHash()).isEqualTo(sealed.get(4).hash()).hasSize(64);
	}

	@Test
	void chainDigestIsHmacSm3UnderTheConfiguredKey() {
		AuditEntry entry = append(1, "签发").get(0);
		log.seal();
		AuditEntry sealed = log.entry(entry.seq()).orElseThrow();
		String entryMac = jdbc.sql("select entry_mac from audit_entry where seq = :seq").param("seq", entry.seq())
				.query(String.class).single();
		// The key of src/test/resources/config/application.properties, and the layout the package documentation gives.
		byte[] key = java.util.Base64.getDecoder().decode("c3Vuc2hpbmUtdGVzdC1hdWRpdC1rZXktMzItYnl0ZXM=");
		String expected = Sm3.hmacHex(key, "sunshine-audit-chain-v1;" + sealed.chainSeq() + ";" + sealed.prevHash() + ";"
				+ sealed.seq() + ";" + entryMac);
		assertThat(sealed.hash()).isEqualTo(expected);
		Instant at = sealed.occurredAt();
		String fields = "sunshine-audit-entry-v1;" + len(Long.toString(at.getEpochSecond())) + len(Integer.toString(at.getNano() / 1000))
				+ len("handler") + len("640000-xfj") + len("test.step") + len("case:1") + len("签发1") + len("127.0.0.1");
		assertThat(entryMac).isEqualTo(Sm3.hmacHex(key, fields));
	}

	private static String len(String value) {
		return value.length() + ":" + value + ";";
	}

	/** The layout of the package documentation, under a digest function of the attacker's choice. */
	private String recomputeFrom(long target, java.util.function.UnaryOperator<String> digest) {
		String prev = jdbc.sql("select prev_hash from audit_entry where chain_seq = :p").param("p", target).query(String.class).single();
		List<Long> seqs = jdbc.sql("select seq from audit_entry where chain_seq >= :p order by chain_seq").param("p", target)
				.query(Long.class).list();
		for (long seq : seqs) {
			AuditEntry e = log.entry(seq).orElseThrow();
			String mac = digest.apply("sunshine-audit-entry-v1;" + len(Long.toString(e.occurredAt().getEpochSecond()))
					+ len(Integer.toString(e.occurredAt().getNano() / 1000)) + len(e.actor()) + len(e.actorAgency())
					+ len(e.action()) + len(e.subject()) + len(e.detail()) + len(e.remoteAddr()));
			String hash = digest.apply("sunshine-audit-chain-v1;" + e.chainSeq() + ";" + prev + ";" + e.seq() + ";" + mac);
			jdbc.sql("update audit_entry set entry_mac = :m, prev_hash = :p, hash = :h where seq = :s").param("m", mac)
					.param("p", prev).param("h", hash).param("s", seq).update();
			prev = hash;
		}
		jdbc.sql("update audit_head set last_hash = :h where id = 1").param("h", prev).update();
		return prev;
	}

	@Test
	void catchesAnEditedEntryWhoseChainAndHeadWereRecomputedWithoutTheKey() {
		List<AuditEntry> entries = append(5, "审核");
		AuditCheckpoint checkpoint = log.checkpoint();
		long target = placeOf(entries.get(2));
		byte[] ownKey = "attacker-key-0000000000000000000".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		// The attacker edits the entry, then recomputes every digest from there to the end and the head by
		// the published layout: with the unkeyed SM3 the chain used before, and with a key of their own.
		Map<String, java.util.function.UnaryOperator<String>> attacks = Map.of(
				"unkeyed SM3", Sm3::hex,
				"HMAC-SM3 under another key", text -> Sm3.hmacHex(ownKey, text));
		for (var attack : attacks.entrySet()) {
			jdbc.sql("update audit_entry set detail = :d where chain_seq = :p").param("d", "审核（已改）").param("p", target).update();
			recomputeFrom(target, attack.getValue());

			AuditVerification verification = log.verify();
			assertThat(verification.intact()).as(attack.getKey()).isFalse();
			assertThat(problemsAt(verification, target)).as(attack.getKey()).extracting(AuditVerification.Problem::kind)
					.contains("altered");
			assertThat(problemsAt(verification, target).get(0).entry()).isEqualTo(entries.get(2).seq());
			assertThat(problemsAt(verification, checkpoint.seq())).as(attack.getKey())
					.extracting(AuditVerification.Problem::kind).contains("checkpoint-mismatch");
			assertThat(verification.problems()).extracting(AuditVerification.Problem::kind).as(attack.getKey())
					.doesNotContain("head-mismatch", "broken-link", "missing");
			AuditCheckpoint before = problemsAt(verification, target).get(0).before();
			assertThat(before.seq()).as("the first checkpoint at or after the break").isEqualTo(checkpoint.seq());
			assertThat(before.digest()).isEqualTo(checkpoint.digest());
		}
		// The control: the same recomputation with the configured key is the one edit the chain cannot see
		// by itself (whoever holds the key can rewrite it) — only the checkpoint outside the database can.
		byte[] key = java.util.Base64.getDecoder().decode("c3Vuc2hpbmUtdGVzdC1hdWRpdC1rZXktMzItYnl0ZXM=");
		recomputeFrom(target, text -> Sm3.hmacHex(key, text));
		assertThat(log.verify().problems()).extracting(AuditVerification.Problem::kind).containsExactly("checkpoint-mismatch");
	}

	@Test
	void placesABreakBetweenTheCheckpointsAroundIt() throws Exception {
		append(3, "登记");
		AuditCheckpoint first = log.checkpoint();
		List<AuditEntry> middle = append(3, "交办");
		AuditCheckpoint second = log.checkpoint();
		List<AuditEntry> last = append(3, "回复");
		log.seal();
		long betweenPlace = placeOf(middle.get(1));
		long afterPlace = placeOf(last.get(0));
		jdbc.sql("update audit_entry set detail = '交办（已改）' where chain_seq = :p").param("p", betweenPlace).update();
		jdbc.sql("update audit_entry set actor = 'someone-else' where chain_seq = :p").param("p", afterPlace).update();

		AuditVerification verification = log.verify();
		AuditVerification.Problem between = problemsAt(verification, betweenPlace).get(0);
		assertThat(between.kind()).isEqualTo("altered");
		assertThat(between.after().seq()).isEqualTo(first.seq());
		assertThat(between.after().digest()).isEqualTo(first.digest());
		assertThat(between.before().seq()).isEqualTo(second.seq());
		AuditVerification.Problem afterLast = problemsAt(verification, afterPlace).get(0);
		assertThat(afterLast.kind()).isEqualTo("altered");
		assertThat(afterLast.after().seq()).isEqualTo(second.seq());
		assertThat(afterLast.before()).isNull();
		assertThat(verification.problemCount()).isEqualTo(2);
		assertThat(first.seq()).isLessThan(betweenPlace);
		assertThat(second.seq()).isGreaterThanOrEqualTo(betweenPlace).isLessThan(afterPlace);

		// The auditor's page says the same, in Chinese.
		String page = mvc.perform(post("/console/audit/verify").with(user(users.loadUserByUsername("auditor"))).with(csrf())
				.locale(java.util.Locale.SIMPLIFIED_CHINESE)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("发现 2 处问题",
				"链上第 " + betweenPlace + " 位（第 " + middle.get(1).seq() + " 号记录）内容或摘要被篡改",
				"的检查点（第 " + first.seq() + " 位）之后，", "的检查点（第 " + second.seq() + " 位）之前。",
				"位置：最后一个检查点（", "第 " + second.seq() + " 位）之后。");
	}

	@Test
	void catchesATailCutOffWithTheHeadRewoundBehindACheckpoint() {
		List<AuditEntry> entries = append(5, "登记");
		AuditCheckpoint checkpoint = log.checkpoint();
		long keep = placeOf(entries.get(2));
		String keptHash = jdbc.sql("select hash from audit_entry where chain_seq = :p").param("p", keep).query(String.class).single();
		jdbc.sql("delete from audit_entry where chain_seq > :p").param("p", keep).update();
		jdbc.sql("update audit_head set last_seq = :p, last_hash = :h where id = 1").param("p", keep).param("h", keptHash).update();

		AuditVerification verification = log.verify();
		assertThat(verification.problems()).extracting(AuditVerification.Problem::kind).containsExactly("checkpoint-beyond-end");
		assertThat(verification.problems().get(0).seq()).isEqualTo(checkpoint.seq());
	}

	@Test
	void refusesACheckpointWrittenWithoutTheKey() throws IOException {
		append(2, "登记");
		AuditCheckpoint genuine = log.checkpoint();
		String forged = genuine.line().replace("mac=" + genuine.mac(), "mac=" + "0".repeat(64));
		Path file = checkpoints.directory().resolve("checkpoints-forged.log");
		Files.writeString(file, forged + "\nnot a checkpoint\n");
		AuditVerification verification = log.verify();
		assertThat(verification.problems()).extracting(AuditVerification.Problem::kind)
				.containsExactlyInAnyOrder("checkpoint-forged", "checkpoint-unreadable");
		assertThat(verification.problems()).extracting(AuditVerification.Problem::note)
				.containsExactlyInAnyOrder("checkpoints-forged.log:1", "checkpoints-forged.log:2");
	}

	@Test
	void findsAnEntryEditedBeforeItWasSealed() {
		for (String mac : new String[] { "entry_mac", "null" }) {
			AuditEntry entry = append(1, "登记").get(0);
			jdbc.sql("update audit_entry set detail = '登记（已改）', entry_mac = " + mac + " where seq = :s")
					.param("s", entry.seq()).update();
			AuditVerification verification = log.verify();
			long place = placeOf(entry);
			assertThat(problemsAt(verification, place)).as("writer's MAC " + mac).extracting(AuditVerification.Problem::kind)
					.containsExactly("altered");
		}
	}

	@Test
	void findsADeletedEntry() {
		List<AuditEntry> entries = append(5, "登记");
		log.seal();
		long place = placeOf(entries.get(2));
		jdbc.sql("delete from audit_entry where chain_seq = :p").param("p", place).update();
		assertThat(log.verify().problems()).extracting(p -> p.kind() + "@" + p.seq())
				.contains("missing@" + (place + 1), "broken-link@" + (place + 1));
	}

	@Test
	void findsAnInsertedEntry() {
		List<AuditEntry> entries = append(5, "登记");
		log.seal();
		long place = placeOf(entries.get(4));
		jdbc.sql("update audit_head set last_seq = :p where id = 1").param("p", place + 1).update();
		jdbc.sql("""
				insert into audit_entry (seq, occurred_at, actor, actor_agency, action, subject, detail, remote_addr,
				  entry_mac, chain_seq, prev_hash, hash)
				select seq + 1000000000, occurred_at, actor, actor_agency, action, subject, '伪造', remote_addr,
				  entry_mac, chain_seq + 1, hash, hash
				from audit_entry where chain_seq = :p
				""").param("p", place).update();
		AuditVerification verification = log.verify();
		assertThat(problemsAt(verification, place + 1)).extracting(AuditVerification.Problem::kind).contains("altered");
	}

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS) // guards against a hang only: a writer that waited for the other would never finish
	void aWriterNeverWaitsForAnotherWritersOpenTransaction() throws Exception {
		var written = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		CompletableFuture<AuditEntry> slow = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
			AuditEntry entry = log.append("system", null, "test.slow", "demo:1", "长事务中的记录", null);
			written.countDown();
			try {
				release.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return entry;
		}));
		written.await();
		AuditEntry quick = log.append("anonymous", null, "test.quick", "petition:1", "长事务未提交时提交的记录", "127.0.0.1");
		log.seal();
		assertThat(log.entry(quick.seq()).orElseThrow().chainSeq()).as("sealed while the other transaction is open").isNotNull();
		release.countDown();
		AuditEntry late = slow.get();
		assertThat(late.seq()).as("numbered before the quick one").isLessThan(quick.seq());
		AuditVerification verification = log.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(log.entry(late.seq()).orElseThrow().chainSeq()).as("sealed after it committed, at a later place")
				.isGreaterThan(log.entry(quick.seq()).orElseThrow().chainSeq());
	}

	@Test
	void sealsConcurrentWritersExactlyOnceEach() throws Exception {
		int threads = 8;
		int each = 40;
		var futures = new ArrayList<CompletableFuture<List<AuditEntry>>>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			futures.add(CompletableFuture.supplyAsync(() -> append(each, "并发" + thread + "-")));
		}
		var seqs = new ArrayList<Long>();
		for (var future : futures) {
			future.get().forEach(e -> seqs.add(e.seq()));
		}
		AuditVerification verification = log.verify();
		assertThat(verification.intact()).isTrue();
		List<Long> places = seqs.stream().map(seq -> log.entry(seq).orElseThrow().chainSeq()).toList();
		assertThat(places).doesNotContainNull().doesNotHaveDuplicates().hasSize(threads * each);
	}

	@Test
	void rechainsTheUnkeyedChainOfAnEarlierVersionAndKeepsItsVerdict() {
		for (boolean tamper : new boolean[] { false, true }) {
			// The state migration V11 leaves an upgraded database in: the old entries carry their unkeyed
			// SM3 hashes, nothing is sealed, the old head is kept aside.
			jdbc.sql("delete from audit_entry").update();
			String prev = AuditSealer.GENESIS;
			Instant at = Instant.parse("2026-11-02T01:02:03.456789Z");
			String[] details = { "登记", "交办", "回复" };
			for (int seq = 1; seq <= 3; seq++) {
				jdbc.sql("""
						insert into audit_entry (seq, occurred_at, actor, actor_agency, action, subject, detail, remote_addr,
						  legacy_prev_hash, legacy_hash) values (:seq, :at, 'handler', '640000-xfj', 'test.legacy', 'case:9', :d,
						  '127.0.0.1', :prev, 'x')""").param("seq", seq).param("at", java.sql.Timestamp.from(at))
						.param("d", details[seq - 1]).param("prev", prev).update();
				// The rule of the earlier version: SM3 over the fields separated by U+001F, then the predecessor's
				// hash; the time as the application reads it back from this database.
				Instant stored = log.entry(seq).orElseThrow().occurredAt();
				String hash = Sm3.hex(String.join("\u001f", Integer.toString(seq), Long.toString(stored.getEpochSecond()),
						Integer.toString(stored.getNano() / 1000), "handler", "640000-xfj", "test.legacy", "case:9",
						details[seq - 1], "127.0.0.1", prev));
				jdbc.sql("update audit_entry set legacy_hash = :h where seq = :seq").param("h", hash).param("seq", seq).update();
				prev = hash;
			}
			jdbc.sql("update audit_head set last_seq = 0, last_hash = :g, legacy_last_seq = 3, legacy_last_hash = :h where id = 1")
					.param("g", AuditSealer.GENESIS).param("h", prev).update();
			if (tamper) {
				jdbc.sql("update audit_entry set detail = '交办（已改）' where seq = 2").update();
			}
			deleteCheckpointFiles();

			AuditVerification verification = log.verify();
			String record = jdbc.sql("select detail from audit_entry where action = 'audit.rechained'").query(String.class).single();
			assertThat(record).contains("legacy-entries=3", "legacy-head=3:" + prev);
			assertThat(verification.entries()).isEqualTo(4);
			if (tamper) {
				assertThat(record).contains("intact=false", "altered@2");
				assertThat(verification.problems()).extracting(AuditVerification.Problem::kind).containsExactly("legacy-broken");
			}
			else {
				assertThat(record).contains("intact=true");
				assertThat(verification.intact()).isTrue();
				assertThat(log.entry(1).orElseThrow().chainSeq()).isEqualTo(1);
				assertThat(log.entry(3).orElseThrow().chainSeq()).isEqualTo(3);
			}
		}
	}

	private void deleteCheckpointFiles() {
		try {
			if (Files.isDirectory(checkpoints.directory())) {
				try (Stream<Path> files = Files.list(checkpoints.directory())) {
					for (Path file : files.toList()) {
						Files.delete(file);
					}
				}
			}
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void letsOnlyTheAuditorsScriptsVerifyOverTheApi() {
		var http = new sunshine.Http(port);
		var response = http.get("/api/v1/audit/verification", "Authorization", sunshine.Http.basic("auditor", "Test-Pass-2017"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"intact\":true", "\"headHash\":\"", "\"pending\":");
		for (String other : new String[] { "sysadmin", "secadmin", "handler" }) {
			assertThat(http.get("/api/v1/audit/verification", "Authorization", sunshine.Http.basic(other, "Test-Pass-2017"))
					.statusCode()).as(other).isEqualTo(403);
		}
	}
}
