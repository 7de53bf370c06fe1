package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.SunshineIntegrationTest;

/**
 * A counting rule lives in one place: the reporting view that publishes petitions to the annual report
 * counts as 网上信访 exactly the channels {@link Channel#isOnline()} names, which the statistics queries
 * bind — for every channel the records use.
 */
@SunshineIntegrationTest
class CountingRulesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsTheSameChannelsAsOnlineInTheReportingViewAsTheStatistics() {
		Map<Channel, Integer> viewSays = new HashMap<>();
		jdbc.sql("select distinct channel, online from report_petitions_items").query((rs, n) -> {
			viewSays.put(Channel.valueOf(rs.getString(1)), rs.getInt(2));
			return null;
		}).list();
		assertThat(viewSays.keySet()).as("the demo region uses every channel").containsAll(EnumSet.allOf(Channel.class));
		viewSays.forEach((channel, online) -> assertThat(online == 1).as(channel.name()).isEqualTo(channel.isOnline()));
		assertThat(PetitionStatistics.ONLINE).containsExactlyInAnyOrder("ONLINE_COMPLAINT", "MESSAGE_BOARD", "MOBILE");
	}
}
