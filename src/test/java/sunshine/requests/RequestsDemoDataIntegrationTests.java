package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.SunshineIntegrationTest;

/**
 * The demo region seen through the reporting views alone, the way the reporting module computes
 * table 三 and section 四: 2017 at the regional bureau is empty (the seed report says it received no
 * application), and 2021–2025 have every cell filled, with the table's own identity
 * (一 + 二 = 三(七) + 四) holding per column.
 */
@SunshineIntegrationTest
class RequestsDemoDataIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	long region() {
		return jdbc.sql("select id from agency where code = '640000-xfj'").query(Long.class).single();
	}

	@Test
	void theRegionalBureauReceivedNoApplicationIn2017() {
		assertThat(jdbc.sql("""
				select count(*) from report_requests_applications
				where agency_id = :agency and received_on < :y2018 and (concluded_on is null or concluded_on >= :y2017)
				""").param("agency", region()).param("y2017", LocalDate.of(2017, 1, 1)).param("y2018", LocalDate.of(2018, 1, 1))
				.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from report_requests_remedies where agency_id = :agency and filed_on < :y2018")
				.param("agency", region()).param("y2018", LocalDate.of(2018, 1, 1)).query(Long.class).single()).isZero();
	}

	@Test
	void fillsEveryCellOfTableThreeFrom2021To2025() {
		List<String> columns = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
		for (int year = 2021; year <= 2025; year++) {
			LocalDate first = LocalDate.of(year, 1, 1);
			LocalDate last = LocalDate.of(year, 12, 31);
			for (String column : columns) {
				long fresh = count("received_on >= :first and received_on <= :last", column, first, last);
				long carryIn = count("received_on < :first and (concluded_on is null or concluded_on >= :first)", column, first, last);
				long concluded = count("concluded_on >= :first and concluded_on <= :last", column, first, last);
				long carryOut = count("received_on <= :last and (concluded_on is null or concluded_on > :last)", column, first, last);
				assertThat(fresh).as("%d %s NEW", year, column).isPositive();
				assertThat(carryIn).as("%d %s CARRY_IN", year, column).isPositive();
				assertThat(carryOut).as("%d %s CARRY_OUT", year, column).isPositive();
				assertThat(fresh + carryIn).as("%d %s: 一 + 二 = 三(七) + 四", year, column).isEqualTo(concluded + carryOut);
				for (Outcome outcome : Outcome.values()) {
					assertThat(jdbc.sql("""
							select count(*) from report_requests_applications
							where agency_id = :agency and applicant_column = :column and outcome_code = :outcome
							  and concluded_on >= :first and concluded_on <= :last
							""").param("agency", region()).param("column", column).param("outcome", outcome.name())
							.param("first", first).param("last", last).query(Long.class).single())
							.as("%d %s %s", year, column, outcome).isPositive();
				}
			}
		}
	}

	@Test
	void fillsEveryCellOfSectionFourFrom2021To2025() {
		for (int year = 2021; year <= 2025; year++) {
			for (String row : List.of("REVIEW", "LITIGATION_DIRECT", "LITIGATION_AFTER_REVIEW")) {
				for (String result : List.of("结果维持", "结果纠正", "其他结果", "尚未审结")) {
					assertThat(jdbc.sql("""
							select count(*) from report_requests_remedies
							where agency_id = :agency and report_row = :row and result_column = :result
							  and filed_on >= :first and filed_on <= :last
							""").param("agency", region()).param("row", row).param("result", result)
							.param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
							.query(Long.class).single()).as("%d %s %s", year, row, result).isPositive();
				}
			}
		}
	}

	private long count(String condition, String column, LocalDate first, LocalDate last) {
		return jdbc.sql("select count(*) from report_requests_applications where agency_id = :agency and applicant_column = :column and "
				+ condition).param("agency", region()).param("column", column).param("first", first).param("last", last)
				.query(Long.class).single();
	}

	@Test
	void mapsOutcomesAndChannelsInTheViewsExactlyAsTheCodeDoes() {
		var rows = jdbc.sql("""
				select distinct outcome_code, outcome_2019, outcome_2008 from report_requests_applications
				where outcome_code is not null
				""").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).list();
		assertThat(rows).extracting(row -> row[0]).containsExactlyInAnyOrder(
				java.util.Arrays.stream(Outcome.values()).map(Outcome::name).toArray(String[]::new));
		for (String[] row : rows) {
			Outcome outcome = Outcome.valueOf(row[0]);
			assertThat(row[1]).as(row[0]).isEqualTo(outcome.row2019());
			assertThat(row[2]).as(row[0]).isEqualTo(outcome.row2008());
		}
		var channels = jdbc.sql("select distinct channel, channel_row_2008 from report_requests_applications")
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		assertThat(channels).isNotEmpty();
		for (String[] channel : channels) {
			assertThat(channel[1]).as(channel[0]).isEqualTo(IntakeChannel.valueOf(channel[0]).row2008());
		}
	}
}
