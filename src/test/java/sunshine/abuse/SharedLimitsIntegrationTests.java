package sunshine.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.zaxxer.hikari.HikariDataSource;

import sunshine.Generator;
import sunshine.SunshineIntegrationTest;
import sunshine.abuse.internal.SharedAbuseState;
import sunshine.shared.PersonalDataCipher;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes on one database: node A is the application (its HTTP endpoints, through MockMvc), node B
 * a second gate with its own state object and its own connection pool to the same database, as a
 * second process behind the load balancer would have. Whatever the share of each, the nodes together
 * allow one limit: look-ups of a tracking code, submissions of a phone number, hits arriving at the
 * same moment; an idempotency key answered on A is answered the same on B. Same settings as
 * {@link AbuseProtectionIntegrationTests} (one context for the three); addresses 10.23.*.* are this
 * test's own.
 */
@SunshineIntegrationTest
@TestPropertySource(properties = { "sunshine.abuse.challenge=on", "sunshine.abuse.difficulty-bits=12",
		"sunshine.abuse.submissions-per-ip-burst=3", "sunshine.abuse.submissions-per-ip-hour=20",
		"sunshine.abuse.submissions-per-phone-day=5", "sunshine.abuse.lookups-per-ip-minute=5",
		"sunshine.abuse.duplicate-window=10m" })
class SharedLimitsIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(SharedLimitsIntegrationTests.class);
	static final JsonMapper JSON = JsonMapper.builder().build();
	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	AbuseSettings settings;

	@Autowired
	Clock clock;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	MessageSource messages;

	@Autowired
	SharedAbuseState stateOfNodeA;

	HikariDataSource poolOfNodeB;
	SharedAbuseState stateOfNodeB;
	PublicSubmissions nodeB;
	final Generator gen = new Generator(new java.security.SecureRandom().nextLong());

	@BeforeEach
	void startNodeB() {
		var pool = (HikariDataSource) dataSource;
		poolOfNodeB = DataSourceBuilder.create().type(HikariDataSource.class).url(pool.getJdbcUrl())
				.username(pool.getUsername()).password(pool.getPassword()).build();
		poolOfNodeB.setMaximumPoolSize(4);
		stateOfNodeB = new SharedAbuseState(JdbcClient.create(poolOfNodeB));
		nodeB = new PublicSubmissions(new AbuseGuard(settings, clock, cipher, stateOfNodeB), messages);
	}

	@AfterEach
	void stopNodeB() {
		poolOfNodeB.close();
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A fresh address, uniformly drawn (the generator's ints favour their ends: addresses would repeat). */
	String address() {
		return "10.23." + gen.random().nextInt(256) + "." + (1 + gen.random().nextInt(254));
	}

	static MockHttpServletRequest at(String address) {
		var request = new MockHttpServletRequest("POST", "/api/v1/petitions");
		request.setRemoteAddr(address);
		return request;
	}

	MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	static String petition(String phone, String title) {
		return """
				{"agency":"640000-xfj","channel":"网上投诉","name":"赵两点","idNumber":"11010519491231002X","phone":"%s",
				 "address":"银川市金凤区","title":"%s","content":"%s：小区门口的路灯一个月没亮了，夜里出行不便。","category":"URBAN_HOUSING"}
				""".formatted(phone, title, title);
	}

	/** The body as the submission controllers read it (a map's text): what ties an idempotency key to its body. */
	static String received(String json) {
		return String.valueOf(JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		}));
	}

	@Test
	void lookUpsOfOneTrackingCodeAreOneLimitOnBothNodes() throws Exception {
		int limit = settings.lookupsPerCodeHour();
		String code = "XF-2026-" + gen.string("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8);
		int onA = gen.between(1, limit - 1);
		for (int i = 0; i < limit; i++) {
			if (i < onA) {
				var answer = perform(get("/api/v1/petitions/track").param("code", code).param("queryCode", "BBBBBB")
						.with(from(address())));
				assertThat(answer.getStatus()).as("look-up %d, on node A", i + 1).isNotEqualTo(429);
			}
			else {
				assertThat(nodeB.refuseLookup(at(address()), code, CHINESE)).as("look-up %d, on node B", i + 1).isEmpty();
			}
		}
		var refusedOnA = perform(get("/api/v1/petitions/track").param("code", code).param("queryCode", "BBBBBB")
				.with(from(address())));
		assertThat(refusedOnA.getStatus()).as("%d on A + %d on B, then one more on A", onA, limit - onA).isEqualTo(429);
		assertThat(Long.parseLong(refusedOnA.getHeader("Retry-After"))).isPositive();
		var refusedOnB = nodeB.refuseLookup(at(address()), code, CHINESE);
		assertThat(refusedOnB).as("and on B").isPresent();
		assertThat(refusedOnB.get().getStatusCode().value()).isEqualTo(429);
		assertThat(refusedOnB.get().getBody().get("message").toString()).contains("查询");
	}

	@Test
	void submissionsOfOnePhoneNumberAreOneLimitOnBothNodes() throws Exception {
		int limit = settings.submissionsPerPhoneDay();
		String phone = "139" + gen.digits(8);
		int onA = gen.between(1, limit - 1);
		for (int i = 0; i < limit; i++) {
			String body = petition(phone, "两节点限额" + i + "号" + gen.digits(6));
			if (i < onA) {
				var filed = perform(post("/api/v1/petitions").with(from(address())).contentType(MediaType.APPLICATION_JSON)
						.content(body));
				assertThat(filed.getStatus()).as("submission %d, on node A: %s", i + 1, filed.getContentAsString(StandardCharsets.UTF_8))
						.isEqualTo(201);
			}
			else {
				assertThat(nodeB.screenApi(at(address()), phone, body, received(body), CHINESE))
						.as("submission %d, on node B", i + 1).isEmpty();
			}
		}
		var refused = perform(post("/api/v1/petitions").with(from(address())).contentType(MediaType.APPLICATION_JSON)
				.content(petition(phone, "两节点限额之外" + gen.digits(6))));
		assertThat(refused.getStatus()).as("%d on A + %d on B, then one more on A", onA, limit - onA).isEqualTo(429);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("too-many-requests");
	}

	@Test
	void anIdempotencyKeyAnsweredOnOneNodeIsAnsweredTheSameOnTheOther() throws Exception {
		String address = address();
		String key = "two-nodes-" + gen.digits(10);
		String body = petition("137" + gen.digits(8), "两节点幂等" + gen.digits(6));
		var created = perform(post("/api/v1/petitions").with(from(address)).header(AbuseGuard.IDEMPOTENCY_HEADER, key)
				.contentType(MediaType.APPLICATION_JSON).content(body));
		assertThat(created.getStatus()).isEqualTo(201);
		var answer = JSON.readValue(created.getContentAsString(StandardCharsets.UTF_8), new TypeReference<LinkedHashMap<String, Object>>() {
		});

		var retry = at(address);
		retry.addHeader(AbuseGuard.IDEMPOTENCY_HEADER, key);
		var replayed = nodeB.screenApi(retry, null, null, received(body), CHINESE);
		assertThat(replayed).as("the retry lands on node B").isPresent();
		assertThat(replayed.get().getStatusCode().value()).isEqualTo(201);
		assertThat(replayed.get().getBody()).isEqualTo(answer).containsKeys("trackingCode", "queryCode");

		var otherClient = at(address());
		otherClient.addHeader(AbuseGuard.IDEMPOTENCY_HEADER, key);
		assertThat(nodeB.screenApi(otherClient, null, null, received(body), CHINESE)).as("another client's key").isEmpty();
	}

	@Test
	void hitsArrivingAtOnceOnBothNodesAreCountedOnce() throws Exception {
		int capacity = gen.between(5, 30);
		String key = "simultaneous-" + gen.digits(12);
		var now = clock.instant();
		var pool = Executors.newFixedThreadPool(6);
		try {
			var start = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (int t = 0; t < 6; t++) {
				SharedAbuseState node = t % 2 == 0 ? stateOfNodeA : stateOfNodeB;
				Callable<Integer> hitter = () -> {
					start.await();
					int admitted = 0;
					for (int i = 0; i < capacity; i++) {
						admitted += node.take("ip-hour", key, capacity, Duration.ofHours(1), now) == 0 ? 1 : 0;
					}
					return admitted;
				};
				results.add(pool.submit(hitter));
			}
			start.countDown();
			int admitted = 0;
			for (var result : results) {
				admitted += result.get();
			}
			assertThat(admitted).as("%d hits at once from six threads on two nodes", 6 * capacity).isEqualTo(capacity);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Not a timed assertion: the log line says what the shared state adds to a submission — the gate's
	 * whole work for one JSON submission (limits, idempotency key, duplicate window, filing) on node B,
	 * beside the whole intake of a submission on node A.
	 */
	@Test
	void measuresWhatTheSharedStateAddsToASubmission() throws Exception {
		int n = 40;
		long gateStart = System.nanoTime();
		for (int i = 0; i < n; i++) {
			var request = at(address());
			request.addHeader(AbuseGuard.IDEMPOTENCY_HEADER, "measure-" + gen.digits(12));
			String phone = "136" + gen.digits(8);
			String body = petition(phone, "测量" + gen.digits(8));
			assertThat(nodeB.screenApi(request, phone, body, body, CHINESE)).isEmpty();
			nodeB.filedApi(request, phone, body, body, java.util.Map.of("trackingCode", "XF-2026-MEASURED"));
		}
		double gateMillis = (System.nanoTime() - gateStart) / 1e6 / n;
		long intakeStart = System.nanoTime();
		for (int i = 0; i < n; i++) {
			assertThat(perform(post("/api/v1/petitions").with(from(address())).contentType(MediaType.APPLICATION_JSON)
					.content(petition("135" + gen.digits(8), "测量受理" + gen.digits(8)))).getStatus()).isEqualTo(201);
		}
		double intakeMillis = (System.nanoTime() - intakeStart) / 1e6 / n;
		log.info("Shared anti-abuse state on {}: the gate's work {} ms per submission; a whole JSON intake {} ms per "
				+ "submission ({} submissions each)", System.getProperty("sunshine.it.database", "H2"),
				String.format(Locale.ROOT, "%.2f", gateMillis), String.format(Locale.ROOT, "%.2f", intakeMillis), n);
	}
}
