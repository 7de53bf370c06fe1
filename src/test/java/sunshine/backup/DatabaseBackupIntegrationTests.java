package sunshine.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;

/**
 * The system administrator backs up the embedded database online; nobody else may, and on a
 * database that {@code BACKUP TO} cannot copy (PostgreSQL, MariaDB, an in-memory H2 like the test
 * database) the action says which tools to use instead. The copy itself is proved on an H2 file
 * database of the test's own: the ZIP opens as a database holding what was committed.
 */
@SunshineIntegrationTest
class DatabaseBackupIntegrationTests {

	static final String PASSWORD = "Test-Pass-2017";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatabaseBackups backups;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@LocalServerPort
	int port;

	@TempDir
	Path temp;

	HttpResponse<String> postAs(String username) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/system/backups"))
				.header("Authorization", Http.basic(username, PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	long backupsAudited() {
		return jdbc.sql("select count(*) from audit_entry where action = 'backup.created'").query(Long.class).single();
	}

	@Test
	void onlyTheSystemAdministratorMayBackUp() throws Exception {
		assertThat(postAs("auditor").statusCode()).isEqualTo(403);
		assertThat(postAs("editor").statusCode()).isEqualTo(403);
		mvc.perform(get("/console/system/backup").with(user(users.loadUserByUsername("registrar"))))
				.andExpect(status().isForbidden());
		mvc.perform(get("/console")
				.with(user(users.loadUserByUsername("sysadmin"))))
				.andExpect(content().string(Matchers.containsString("/console/system/backup")));
	}

	@Test
	void pointsToTheDatabaseToolsWhenTheDatabaseIsNotAnEmbeddedFile() throws Exception {
		long before = backupsAudited();
		var response = postAs("sysadmin");
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("\"error\":\"unavailable\"", "pg_dump", "mariadb-dump");
		mvc.perform(get("/console/system/backup").with(user(users.loadUserByUsername("sysadmin"))))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"backup-unavailable\"")))
				.andExpect(content().string(Matchers.not(Matchers.containsString("立即备份"))));
		assertThat(backupsAudited()).isEqualTo(before);
	}

	@Test
	void asksForConfirmationThatTheKeysAreKeptElsewhere() throws Exception {
		mvc.perform(post("/console/system/backup").with(user(users.loadUserByUsername("sysadmin"))).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("请勾选“我知道备份文件不含个人信息密钥")));
	}

	@Test
	void copiesAnEmbeddedFileDatabaseOnlineAndPutsEachBackupOnTheAuditRecord() throws Exception {
		var file = new DriverManagerDataSource("jdbc:h2:file:" + temp.resolve("data/sunshine"), "sa", "");
		var database = JdbcClient.create(file);
		database.sql("create table petition_copy (code varchar(20) primary key, title varchar(100))").update();
		database.sql("insert into petition_copy values ('XF-1', '小区供暖不达标'), ('XF-2', '道路积水')").update();
		// 2026-11-26 02:30:00 in Beijing time: both backups are taken in the same second.
		Clock night = Clock.fixed(Instant.parse("2026-11-25T18:30:00Z"), ZoneId.of("Asia/Shanghai"));
		var embedded = new DatabaseBackups(file, night, events, transaction, temp.resolve("backups"));
		assertThat(embedded.available()).isTrue();

		var sysadmin = users.loadUserByUsername("sysadmin");
		DatabaseBackups.Backup first = asUser(sysadmin, embedded::create);
		database.sql("insert into petition_copy values ('XF-3', '噪声扰民')").update();
		DatabaseBackups.Backup second = asUser(sysadmin, embedded::create);

		assertThat(first.file()).isEqualTo("sunshine-20261126-023000.zip");
		assertThat(second.file()).isEqualTo("sunshine-20261126-023000-2.zip");
		assertThat(embedded.list()).extracting(DatabaseBackups.Backup::file)
				.containsExactlyInAnyOrder(first.file(), second.file());
		assertThat(entries(temp.resolve("backups").resolve(first.file()))).containsExactly("sunshine.mv.db");

		Path restored = temp.resolve("restored");
		unzip(temp.resolve("backups").resolve(first.file()), restored);
		var copy = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:file:" + restored.resolve("sunshine"), "sa", ""));
		assertThat(copy.sql("select code from petition_copy order by code").query(String.class).list())
				.containsExactly("XF-1", "XF-2");
		copy.sql("shutdown").update();
		database.sql("shutdown").update();

		assertThat(jdbc.sql("select actor from audit_entry where action = 'backup.created' and subject = :subject")
				.param("subject", "backup:" + second.file()).query(String.class).list()).containsExactly("sysadmin");
		assertThat(jdbc.sql("select detail from audit_entry where action = 'backup.created' and subject = :subject")
				.param("subject", "backup:" + first.file()).query(String.class).single()).isEqualTo("bytes=" + first.bytes());
	}

	static <T> T asUser(UserDetails user, java.util.function.Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static List<String> entries(Path zip) throws Exception {
		var names = new ArrayList<String>();
		try (var in = new ZipInputStream(Files.newInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	static void unzip(Path zip, Path directory) throws Exception {
		Files.createDirectories(directory);
		try (var in = new ZipInputStream(Files.newInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Files.copy(in, directory.resolve(entry.getName()));
			}
		}
	}
}
