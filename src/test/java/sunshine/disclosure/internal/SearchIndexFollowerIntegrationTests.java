package sunshine.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.AgencyLookup;
import sunshine.agency.OrgScope;
import sunshine.disclosure.Channel;
import sunshine.disclosure.ChannelPublication;
import sunshine.disclosure.DisclosureManagement;
import sunshine.disclosure.DisclosureSearch;
import sunshine.disclosure.Genre;
import sunshine.disclosure.InformationItem;
import sunshine.disclosure.ItemContent;
import sunshine.disclosure.Topic;

/**
 * Several nodes, one database, a Lucene index on each: a change written by another node (here: straight
 * into the table, past this node's automatic indexing) is found on this node once the follower has run.
 */
@SunshineIntegrationTest
class SearchIndexFollowerIntegrationTests {

	@Autowired
	DisclosureManagement disclosure;

	@Autowired
	DisclosureSearch search;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void findsAnItemChangedByAnotherNodeOnceTheFollowerHasRun() {
		long agency = agencies.byCode("640425-xfj").orElseThrow().getId();
		OrgScope scope = OrgScope.ownAgencyOnly(agency);
		String token = UUID.randomUUID().toString().substring(0, 8);
		String before = "节点跟随原标题" + token;
		String after = "节点跟随新标题" + token;
		LocalDate day = LocalDate.now(clock);
		InformationItem item = disclosure.draft(agency, new ItemContent(before, "彭阳县信访局", null, day,
				Topic.PETITION_WORK, Genre.NOTICE, "catalogue", "<p>另一节点修改标题。</p>"));
		disclosure.submitForReview(item.getId(), scope);
		disclosure.publish(item.getId(), List.of(new ChannelPublication(Channel.WEBSITE, day, null, null)), scope);
		assertThat(search.search(before, null, null, 0, 10).total()).isEqualTo(1);

		// another node renames the item moments after its publication (updated_at stays within the last
		// minute): the row changes, this node's index does not
		jdbc.sql("update disclosure_item set title = :title where id = :id").param("title", after)
				.param("id", item.getId()).update();
		assertThat(search.search(after, null, null, 0, 10).total()).isZero();

		int followed = new SearchIndexFollower(entityManager, transaction, clock).follow();

		assertThat(followed).isGreaterThanOrEqualTo(1);
		assertThat(search.search(after, null, null, 0, 10).total()).isEqualTo(1);
		assertThat(search.search(before, null, null, 0, 10).total()).isZero();
	}
}
