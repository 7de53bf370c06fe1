package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 国办函〔2020〕109号 第四条 and 第五条 at every edge of every band (arithmetic by hand in the comments). */
class ProcessingFeeTests {

	@ParameterizedTest(name = "request no. {0} of the month costs {1} yuan")
	@CsvSource({
			"1, 0", "10, 0",        // 1–10 free
			"11, 100", "30, 100",   // 11–30: 100 each
			"31, 200", "40, 200",   // 31–40: 200 each
			"41, 300", "50, 300",   // 41–50: 300 each
			"51, 400", "60, 400",   // 51–60: 400 each
			"61, 500" })
	void chargesPerRequestByTheApplicantsCountInTheNaturalMonth(int nth, int yuan) {
		assertThat(ProcessingFee.perRequest(nth)).isEqualTo(yuan);
	}

	@ParameterizedTest(name = "{0} pages cost {1} yuan")
	@CsvSource({
			"0, 0", "1, 0", "30, 0",
			"31, 10",       // 1 page × 10
			"100, 700",     // 70 × 10
			"101, 720",     // 700 + 1 × 20
			"200, 2700",    // 700 + 100 × 20
			"201, 2740",    // 2700 + 1 × 40
			"250, 4700" })  // the reference's worked example: 700 + 2000 + 50 × 40
	void chargesPerPageBandByBand(int pages, int yuan) {
		assertThat(ProcessingFee.perPage(pages)).isEqualTo(yuan);
	}

	@ParameterizedTest
	@CsvSource({ "0", "-1" })
	void refusesCountsThatCannotBe(int nth) {
		assertThatThrownBy(() -> ProcessingFee.perRequest(nth)).isInstanceOf(IllegalArgumentException.class);
	}
}
