package sunshine.audit;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * The audit chain's parts: the key ({@code sunshine.audit.key}), the checkpoint directory
 * ({@code sunshine.audit.checkpoint-dir}, by default {@code ${sunshine.data-dir}/audit-checkpoints})
 * and this node's name in it ({@code sunshine.audit.node-name}, by default the host name), how often
 * a checkpoint is written ({@code sunshine.audit.checkpoint-interval}), the sealer and the log.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditKey auditKey(Environment environment) throws IOException {
		return AuditKey.fromEnvironment(environment);
	}

	@Bean
	AuditCheckpoints auditCheckpoints(Environment environment) {
		String directory = environment.getProperty("sunshine.audit.checkpoint-dir");
		if (directory == null || directory.isBlank()) {
			directory = Path.of(environment.getProperty("sunshine.data-dir", "./data"), "audit-checkpoints").toString();
		}
		String node = environment.getProperty("sunshine.audit.node-name");
		if (node == null || node.isBlank()) {
			try {
				node = InetAddress.getLocalHost().getHostName();
			}
			catch (IOException e) {
				node = "node";
			}
		}
		return new AuditCheckpoints(Path.of(directory), node);
	}

	@Bean
	AuditSealer auditSealer(EntityManager em, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
			PlatformTransactionManager transactions, AuditKey key, AuditCheckpoints checkpoints, Clock clock,
			@Value("${sunshine.audit.checkpoint-interval:PT5M}") Duration checkpointInterval) {
		return new AuditSealer(em, jdbc, jdbcTemplate, new TransactionTemplate(transactions), key, checkpoints, clock,
				checkpointInterval);
	}

	@Bean
	AuditLog auditLog(EntityManager em, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			AuditKey key, AuditSealer sealer, AuditCheckpoints checkpoints) {
		var readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		return new AuditLog(em, jdbc, readOnly, clock, key, sealer, checkpoints);
	}
}
