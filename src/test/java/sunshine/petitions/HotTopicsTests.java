package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Hot topics by Chinese word segmentation. */
class HotTopicsTests {

	@Test
	void countsEachWordOncePerTitleAndLeavesEmptyWordsOut() {
		var topics = HotTopics.of(List.of("工地拖欠农民工工资", "劳务公司拖欠工资问题", "小区供暖不达标", "拖欠工资请求帮助"), 5);
		// 拖欠 and 工资 appear in three titles each; 问题 and 请求 are left out.
		assertThat(topics.get(0).count()).isEqualTo(3);
		assertThat(topics.get(1).count()).isEqualTo(3);
		assertThat(topics.subList(0, 2)).extracting(HotTopics.Topic::word).containsExactlyInAnyOrder("拖欠", "工资");
		assertThat(topics).extracting(HotTopics.Topic::word).doesNotContain("问题", "请求");
	}
}
