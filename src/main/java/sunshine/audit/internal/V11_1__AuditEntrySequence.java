package sunshine.audit.internal;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration V11.1: the sequence that numbers audit entries from now on, started after the last
 * number the head-locked chain used. Hibernate's pooled generator reads a sequence value as the top
 * of a block of 50, so the sequence starts 51 above the last number: the first block begins after it.
 * A Java migration because no portable SQL starts a sequence at a computed value.
 */
@Component
class V11_1__AuditEntrySequence extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			long last;
			try (ResultSet rs = statement.executeQuery("select coalesce(max(seq), 0) from audit_entry")) {
				rs.next();
				last = rs.getLong(1);
			}
			statement.execute("create sequence audit_entry_seq start with " + (last + 51) + " increment by 50");
		}
	}
}
