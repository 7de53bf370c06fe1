package sunshine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.SunshineIntegrationTest;

/**
 * The SM3 chain finds every kind of tampering: an edited entry, a deleted one, an inserted one, a
 * cut-off tail. Each test appends its own entries, tampers with them directly in the database, and
 * afterwards removes them and restores the head, so the chain is whole again for the next test.
 */
@SunshineIntegrationTest
class AuditChainIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	long headSeqBefore;
	String headHashBefore;

	@BeforeEach
	void rememberHead() {
		assertThat(log.verify().problems()).as("the chain is whole before the test").isEmpty();
		headSeqBefore = jdbc.sql("select last_seq from audit_head where id = 1").query(Long.class).single();
		headHashBefore = jdbc.sql("select last_hash from audit_head where id = 1").query(String.class).single();
	}

	@AfterEach
	void restoreHead() {
		jdbc.sql("delete from audit_entry where seq > :seq").param("seq", headSeqBefore).update();
		jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
				.param("seq", headSeqBefore).param("hash", headHashBefore).update();
	}

	private List<AuditEntry> appendFive() {
		return List.of(
				log.append("handler", "640000-xfj", "test.step", "case:1", "登记", "127.0.0.1"),
				log.append("handler", "640000-xfj", "test.step", "case:1", "交办", "127.0.0.1"),
				log.append("reviewer", "640000-xfj", "test.step", "case:1", "审核", "127.0.0.1"),
				log.append("leader", "640000-xfj", "test.step", "case:1", "签发", "127.0.0.1"),
				log.append("handler", "640000-xfj", "test.step", "case:1", "回复", "127.0.0.1"));
	}

	@Test
	void chainsEveryEntryToItsPredecessor() {
		List<AuditEntry> entries = appendFive();
		for (int i = 1; i < entries.size(); i++) {
			assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i - 1).hash());
			assertThat(entries.get(i).seq()).isEqualTo(entries.get(i - 1).seq() + 1);
		}
		AuditVerification verification = log.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.headSeq()).isEqualTo(entries.get(4).seq());
		assertThat(verification.headHash()).isEqualTo(entries.get(4).hash()).hasSize(64);
	}

	@Test
	void findsAnEditedEntry() {
		List<AuditEntry> entries = appendFive();
		long target = entries.get(2).seq();
		jdbc.sql("update audit_entry set detail = '审核（已改）' where seq = :seq").param("seq", target).update();
		assertThat(log.verify().problems()).contains(new AuditVerification.Problem(target, "altered"));
	}

	@Test
	void findsAnEditedEntryEvenWhenItsHashWasRecomputedWithoutTheChain() {
		List<AuditEntry> entries = appendFive();
		long target = entries.get(1).seq();
		jdbc.sql("update audit_entry set actor = 'someone-else', hash = :forged where seq = :seq")
				.param("forged", "f".repeat(64)).param("seq", target).update();
		assertThat(log.verify().problems()).extracting(AuditVerification.Problem::seq).contains(target, target + 1);
	}

	@Test
	void findsADeletedEntry() {
		List<AuditEntry> entries = appendFive();
		jdbc.sql("delete from audit_entry where seq = :seq").param("seq", entries.get(2).seq()).update();
		assertThat(log.verify().problems()).contains(
				new AuditVerification.Problem(entries.get(3).seq(), "missing"),
				new AuditVerification.Problem(entries.get(3).seq(), "broken-link"));
	}

	@Test
	void findsAnInsertedEntry() {
		List<AuditEntry> entries = appendFive();
		AuditEntry last = entries.get(4);
		jdbc.sql("""
				insert into audit_entry (seq, occurred_at, actor, actor_agency, action, subject, detail, remote_addr, prev_hash, hash)
				select :seq, occurred_at, actor, actor_agency, action, subject, '伪造', remote_addr, prev_hash, hash
				from audit_entry where seq = :from
				""").param("seq", last.seq() + 1).param("from", last.seq()).update();
		assertThat(log.verify().intact()).isFalse();
		assertThat(log.verify().problems()).extracting(AuditVerification.Problem::kind).contains("broken-link");
	}

	@Test
	void letsOnlyTheAuditorsScriptsVerifyOverTheApi() {
		var http = new sunshine.Http(port);
		var response = http.get("/api/v1/audit/verification", "Authorization", sunshine.Http.basic("auditor", "Test-Pass-2017"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"intact\":true", "\"headHash\":\"");
		for (String other : new String[] { "sysadmin", "secadmin", "handler" }) {
			assertThat(http.get("/api/v1/audit/verification", "Authorization", sunshine.Http.basic(other, "Test-Pass-2017"))
					.statusCode()).as(other).isEqualTo(403);
		}
	}

	@Test
	void findsACutOffTail() {
		List<AuditEntry> entries = appendFive();
		jdbc.sql("delete from audit_entry where seq >= :seq").param("seq", entries.get(3).seq()).update();
		assertThat(log.verify().problems()).extracting(AuditVerification.Problem::kind).containsExactly("head-mismatch");
	}
}
