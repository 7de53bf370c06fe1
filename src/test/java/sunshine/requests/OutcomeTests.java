package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Every result row of table 三 (国办公开办函〔2021〕30号, annual-report-format-2021.md §4.2), and the older formats. */
class OutcomeTests {

	@Test
	void coversEveryResultRowOfThe2021TableWithItsExactLabel() {
		assertThat(Arrays.stream(Outcome.values()).map(Outcome::row2021)).containsExactly("R1", "R2", "R3_1", "R3_2",
				"R3_3", "R3_4", "R3_5", "R3_6", "R3_7", "R3_8", "R4_1", "R4_2", "R4_3", "R5_1", "R5_2", "R5_3", "R5_4",
				"R5_5", "R6_1", "R6_2", "R6_3");
		assertThat(Outcome.R2.label()).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
		assertThat(Outcome.R3_3.label()).isEqualTo("3.危及“三安全一稳定”");
		assertThat(Outcome.R3_5.label()).isEqualTo("5.属于三类内部事务信息");
		assertThat(Outcome.R6_1.label()).isEqualTo("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
		assertThat(Outcome.R6_2.label()).isEqualTo("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
	}

	@Test
	void mergesTheOtherHandlingRowsIntoOneRowForThe2019TrialFormat() {
		assertThat(Outcome.R6_1.row2019()).isEqualTo("R6");
		assertThat(Outcome.R6_2.row2019()).isEqualTo("R6");
		assertThat(Outcome.R6_3.row2019()).isEqualTo("R6");
		assertThat(Outcome.R3_4.row2019()).isEqualTo("R3_4");
	}

	@Test
	void mapsToThe2008ReplyCategories() {
		assertThat(Outcome.R1.row2008()).isEqualTo("S3_3_2");
		assertThat(Outcome.R2.row2008()).isEqualTo("S3_3_3");
		assertThat(Outcome.R3_1.row2008()).isEqualTo("S3_3_4a");
		assertThat(Outcome.R3_3.row2008()).isEqualTo("S3_3_4d");
		assertThat(Arrays.stream(Outcome.values()).map(Outcome::row2008)).allMatch(row -> row.startsWith("S3_3_"));
	}

	@Test
	void leavesTheLapsedPeriodOutcomesToTheRulesThatProduceThem() {
		assertThat(Arrays.stream(Outcome.values()).filter(o -> !o.isAnswerable())).containsExactly(Outcome.R6_1, Outcome.R6_2);
	}
}
