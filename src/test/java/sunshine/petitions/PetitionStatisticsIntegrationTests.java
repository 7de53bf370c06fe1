package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;

/**
 * The seed report's petition figures through {@code GET /api/v1/petitions/statistics}, from the demo
 * records: the message board of 2017 (213 received, 202 answered by 31 December, 11 in hand, reply
 * rate 202/213 = 0.948) and the first half of 2017 against the first half of 2016 over all 28
 * bureaus (2 500 → 1 600 = −36 %, online 100 → 357 = +257 %).
 */
@SunshineIntegrationTest
class PetitionStatisticsIntegrationTests {

	static final String SUPERVISOR = Http.basic("supervisor", "Test-Pass-2017");

	@LocalServerPort
	int port;

	JsonHttp http;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeEach
	void client() {
		http = new JsonHttp(port);
	}

	@Test
	void reproducesTheMessageBoardOf2017() {
		var reply = http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2017-01-01&to=2017-12-31&channel="
				+ JsonHttp.encode("领导留言板"), "Authorization", SUPERVISOR);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("received").asLong()).isEqualTo(213);
		assertThat(reply.json().get("replied").asLong()).isEqualTo(202);
		assertThat(reply.json().get("open").asLong()).isEqualTo(11);
		assertThat(reply.json().get("replyRate").decimalValue()).isEqualByComparingTo("0.948");
		assertThat(reply.json().get("online").asLong()).isEqualTo(213);
		assertThat(reply.json().get("byChannel").get("领导留言板").asLong()).isEqualTo(213);
		assertThat(reply.json().has("onTimeRate")).isTrue();
		assertThat(reply.json().has("satisfactionRate")).isTrue();
	}

	@Test
	void answersTheElevenOpenMessagesInJanuary2018() {
		var reply = http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2017-01-01&to=2018-01-31&channel="
				+ JsonHttp.encode("领导留言板"), "Authorization", SUPERVISOR);
		var december = http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2017-12-20&to=2017-12-31&channel="
				+ JsonHttp.encode("领导留言板"), "Authorization", SUPERVISOR);
		var january = http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2018-01-01&to=2018-01-31&channel="
				+ JsonHttp.encode("领导留言板"), "Authorization", SUPERVISOR);
		var decemberToJanuary = http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2017-12-20&to=2018-01-31"
				+ "&channel=" + JsonHttp.encode("领导留言板"), "Authorization", SUPERVISOR);
		assertThat(december.json().get("received").asLong()).isEqualTo(11);
		assertThat(december.json().get("replied").asLong()).isZero();
		// the eleven received in late December, all answered by 31 January 2018 (beside January's own messages)
		assertThat(decemberToJanuary.json().get("received").asLong())
				.isEqualTo(11 + january.json().get("received").asLong());
		assertThat(decemberToJanuary.json().get("replied").asLong())
				.isEqualTo(11 + january.json().get("replied").asLong());
		// and so the whole of 2017's 213 by then: 202 in 2017, 11 in January
		assertThat(reply.json().get("received").asLong()).isEqualTo(213 + january.json().get("received").asLong());
		assertThat(reply.json().get("replied").asLong()).isEqualTo(213 + january.json().get("replied").asLong());
	}

	@Test
	void reproducesTheFirstHalfYearOnYearChangeOfTheWholeRegion() {
		var first2016 = http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2016-01-01&to=2016-06-30"
				+ "&includeSubordinates=true", "Authorization", SUPERVISOR);
		var first2017 = http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2017-01-01&to=2017-06-30"
				+ "&includeSubordinates=true", "Authorization", SUPERVISOR);
		long before = first2016.json().get("received").asLong();
		long now = first2017.json().get("received").asLong();
		long onlineBefore = first2016.json().get("online").asLong();
		long onlineNow = first2017.json().get("online").asLong();
		assertThat(first2017.json().get("agencies").asInt()).isEqualTo(28);
		assertThat(before).isEqualTo(2500);
		assertThat(now).isEqualTo(1600);
		assertThat(onlineBefore).isEqualTo(100);
		assertThat(onlineNow).isEqualTo(357);
		// (1600 − 2500) / 2500 = −0.36; (357 − 100) / 100 = +2.57
		assertThat(Math.round(100.0 * (now - before) / before)).isEqualTo(-36);
		assertThat(Math.round(100.0 * (onlineNow - onlineBefore) / onlineBefore)).isEqualTo(257);
		var yoy = first2017.json().get("previousYear");
		assertThat(yoy.get("receivedChange").decimalValue()).isEqualByComparingTo("-0.36");
		assertThat(yoy.get("onlineChange").decimalValue()).isEqualByComparingTo("2.57");
		assertThat(first2017.json().get("byChannel").get("手机/微信").asLong()).isPositive();
		assertThat(first2016.json().get("byChannel").get("手机/微信").asLong()).isZero();
	}

	@Test
	void publishesTheSameFiguresInTheReportingViews() {
		assertThat(jdbc.sql("""
				select sum(received), sum(answered) from report_petitions_monthly
				where agency_code = '640000-xfj' and received_year = 2017 and channel = 'MESSAGE_BOARD'
				""").query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single())
				.as("all 213 were answered in the end, 11 of them in January 2018").containsExactly(213, 213);
		assertThat(jdbc.sql("""
				select count(*) from report_petitions_items
				where online = 1 and received_on between '2016-01-01' and '2016-06-30'
				""").query(Long.class).single()).isEqualTo(100);
		assertThat(jdbc.sql("""
				select count(*) from report_petitions_items
				where agency_code = '640000-xfj' and channel = 'MESSAGE_BOARD' and received_on between '2017-01-01' and '2017-12-31'
				  and answered_on <= '2017-12-31'
				""").query(Long.class).single()).isEqualTo(202);
		assertThat(jdbc.sql("select count(*) from report_petitions_board where public_reply like '%139%'")
				.query(Long.class).single()).isZero();
	}

	@Test
	void countsOnlyTheOwnAgencyWithoutSubordinates() {
		var own = http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2017-01-01&to=2017-06-30",
				"Authorization", SUPERVISOR);
		assertThat(own.json().get("agencies").asInt()).isEqualTo(1);
		assertThat(own.json().get("received").asLong()).isLessThan(1600).isGreaterThanOrEqualTo(100);
	}

	@Test
	void keepsAnotherAgencysFiguresFromACountyHandler() {
		var reply = http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2017-01-01&to=2017-12-31",
				"Authorization", Http.basic("handler-640104", "Test-Pass-2017"));
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.json().get("message").asString()).contains("无权");
		assertThat(http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2017-01-01&to=2017-12-31").status())
				.isEqualTo(401);
	}

	@Test
	void namesTheBadFieldInChinese() {
		var reply = http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2017-13-01&to=2017-12-31",
				"Authorization", SUPERVISOR);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("message").asString()).contains("统计起始日期", "2017-13-01");
		assertThat(reply.json().get("fields").get(0).asString()).isEqualTo("from");
		var channel = http.get("/api/v1/petitions/statistics?agency=640000-xfj&from=2017-01-01&to=2017-12-31&channel=xx",
				"Authorization", SUPERVISOR);
		assertThat(channel.status()).isEqualTo(400);
		assertThat(channel.json().get("message").asString()).contains("信访渠道");
	}
}
