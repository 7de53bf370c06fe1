package sunshine.opinion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.sun.net.httpserver.HttpServer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffManagement;
import sunshine.agency.StaffUser;
import sunshine.opinion.OpinionFeed;
import sunshine.opinion.OpinionManagement;
import sunshine.opinion.OpinionOrigin;
import sunshine.opinion.OpinionStatus;

/**
 * 收集 from a feed: the poller reads an Atom feed served by a local JDK HTTP server, collects each entry as
 * an event of the feed's agency once however often it polls, keeps the reason a feed could not be read, and
 * runs under a ShedLock lock so two nodes never both fetch.
 */
@SunshineIntegrationTest
class FeedPollingIntegrationTests {

	@Autowired
	FeedPolling polling;

	@Autowired
	OpinionManagement opinion;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	StaffManagement staff;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	HttpServer server;

	/** The entries the feed serves now: id, title, updated. */
	final List<String[]> entries = new CopyOnWriteArrayList<>();

	final AtomicInteger fetches = new AtomicInteger();

	final String token = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void serveAnAtomFeed() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/feed.xml", exchange -> {
			fetches.incrementAndGet();
			byte[] body = atom().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/atom+xml; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.createContext("/broken.xml", exchange -> {
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void collectsEachEntryOnceAcrossPollsAsAnEventOfTheFeedsAgency() {
		Agency city = agencies.byCode("640000-xfj").orElseThrow();
		StaffUser editor = account(city, Role.DISCLOSURE_EDITOR);
		entries.add(new String[] { "urn:uuid:" + token + "-1", "网民反映某小区停水" + token, "2018-06-01T09:30:00+08:00" });
		entries.add(new String[] { "urn:uuid:" + token + "-2", "网民质疑收费标准" + token, "2018-06-02T23:30:00Z" });
		entries.add(new String[] { "urn:uuid:" + token + "-3", "网民建议增设公交站" + token, "2018-06-03T08:00:00+08:00" });
		OpinionFeed feed = opinion.addFeed(editor, "舆情监测" + token, address("/feed.xml"));
		OpinionFeed broken = opinion.addFeed(editor, "故障源" + token, address("/broken.xml"));

		polling.pollAll();
		assertThat(eventsOf(feed)).hasSize(3);
		polling.pollAll();
		assertThat(eventsOf(feed)).as("the second poll collects nothing again").hasSize(3);
		assertThat(fetches.get()).isEqualTo(2);

		// a new entry in the feed: collected once, the others not again
		entries.add(new String[] { "urn:uuid:" + token + "-4", "网民关注供暖时间" + token, "2018-10-20T10:00:00+08:00" });
		polling.pollAll();
		polling.pollAll();
		List<Row> rows = eventsOf(feed);
		assertThat(rows).extracting(Row::title).containsExactlyInAnyOrder("网民反映某小区停水" + token, "网民质疑收费标准" + token,
				"网民建议增设公交站" + token, "网民关注供暖时间" + token);
		assertThat(rows).allMatch(r -> r.agencyId() == city.getId() && r.origin().equals(OpinionOrigin.FEED.name())
				&& r.status().equals(OpinionStatus.COLLECTED.name()));
		// noticed on the day published, in China: 2018-06-02T23:30Z is 3 June in Ningxia
		assertThat(rows).filteredOn(r -> r.title().startsWith("网民质疑收费标准")).extracting(Row::noticedOn)
				.containsExactly("2018-06-03");
		assertThat(rows).filteredOn(r -> r.title().startsWith("网民反映某小区停水")).extracting(Row::link)
				.containsExactly("https://news.example.cn/" + token + "-1");

		// the broken feed keeps its reason and did not stop the others
		OpinionFeed afterwards = opinion.feeds(editor).stream().filter(f -> f.getId().equals(broken.getId())).findFirst()
				.orElseThrow();
		assertThat(afterwards.getLastError()).contains("503");
		assertThat(opinion.feeds(editor).stream().filter(f -> f.getId().equals(feed.getId())).findFirst().orElseThrow()
				.getLastError()).isNull();

		// a stopped feed is not read any more
		opinion.stopFeed(editor, feed.getId());
		int before = fetches.get();
		polling.pollAll();
		assertThat(fetches.get()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'opinion.collected' and actor = :a")
				.param("a", "feed:" + feed.getId()).query(Long.class).single()).isEqualTo(4L);
	}

	@Test
	void theScheduledPollRunsUnderAShedLockLock() throws NoSuchMethodException {
		Method poll = FeedPollJob.class.getDeclaredMethod("poll");
		SchedulerLock lock = poll.getAnnotation(SchedulerLock.class);
		assertThat(lock).isNotNull();
		assertThat(lock.name()).isEqualTo("opinion-feed-poll");
		assertThat(poll.getAnnotation(org.springframework.scheduling.annotation.Scheduled.class)).isNotNull();
	}

	record Row(String title, long agencyId, String origin, String status, String noticedOn, String link) {
	}

	List<Row> eventsOf(OpinionFeed feed) {
		return jdbc.sql("select title, agency_id, origin, status, noticed_on, source_link from opinion_event where feed_id = :f")
				.param("f", feed.getId())
				.query((rs, n) -> new Row(rs.getString("title"), rs.getLong("agency_id"), rs.getString("origin"),
						rs.getString("status"), rs.getDate("noticed_on").toLocalDate().toString(), rs.getString("source_link")))
				.list();
	}

	String atom() {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom">
				  <title>舆情监测</title><id>urn:uuid:feed</id><updated>2018-10-20T10:00:00+08:00</updated>
				""");
		for (String[] e : entries) {
			String suffix = e[0].substring(e[0].lastIndexOf(token));
			xml.append("""
					  <entry><id>%s</id><title>%s</title><updated>%s</updated>
					    <link rel="alternate" href="https://news.example.cn/%s"/><summary>网民留言摘要</summary></entry>
					""".formatted(e[0], e[1], e[2], suffix));
		}
		return xml.append("</feed>\n").toString();
	}

	String address(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	StaffUser account(Agency agency, Role role) {
		String username = "feed-" + token + "-" + role.name().toLowerCase(java.util.Locale.ROOT);
		staff.createAccount(username, "订阅测试", agency, null, "Opinion-Pass-2017", Set.of(role));
		return (StaffUser) users.loadUserByUsername(username);
	}
}
