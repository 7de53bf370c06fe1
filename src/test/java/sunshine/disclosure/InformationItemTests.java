package sunshine.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class InformationItemTests {

	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	InformationItem draft() {
		return new InformationItem(1L, new IndexNumber("640000-XFJ/2026-00001", 2026, 1),
				new ItemContent("关于做好信访工作的通知", "自治区信访局", null, LocalDate.of(2026, 3, 1), Topic.PETITION_WORK,
						Genre.NOTICE, "catalogue", "<p>正文</p>"), NOW);
	}

	@Test
	void goesFromDraftThroughReviewToPublishedAndWithdrawn() {
		InformationItem item = draft();
		assertThat(item.getStatus()).isEqualTo(ItemStatus.DRAFT);
		item.submitForReview(NOW);
		item.publish(List.of(new ChannelPublication(Channel.WECHAT, LocalDate.of(2026, 3, 4), null, null),
				new ChannelPublication(Channel.WEBSITE, LocalDate.of(2026, 3, 3), null, null)), NOW);
		assertThat(item.getStatus()).isEqualTo(ItemStatus.PUBLISHED);
		assertThat(item.getPublishedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
		item.withdraw(LocalDate.of(2026, 3, 5), "信息有误", NOW);
		assertThat(item.getStatus()).isEqualTo(ItemStatus.WITHDRAWN);
		assertThat(item.allowedActions()).isEmpty();
	}

	@Test
	void refusesToPublishADraftThatWasNotReviewed() {
		InformationItem item = draft();
		assertThatThrownBy(() -> item.publish(List.of(new ChannelPublication(Channel.WEBSITE, LocalDate.of(2026, 3, 3),
				null, null)), NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesToPublishOnNoChannelAndToEditAfterSubmission() {
		InformationItem item = draft().submitForReview(NOW);
		assertThatThrownBy(() -> item.publish(List.of(), NOW)).hasMessage("disclosure.error.noChannel");
		assertThatThrownBy(() -> item.revise(new ItemContent("新标题", "局", null, null, Topic.NEWS, Genre.NEWS, "catalogue",
				""), NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anOtherChannelNeedsADescription() {
		assertThatThrownBy(() -> new ChannelPublication(Channel.OTHER, LocalDate.of(2026, 3, 3), null, " "))
				.hasMessage("disclosure.error.otherNeedsDescription");
	}

	@Test
	void keepsOnlyHarmlessMarkupInTheBody() {
		var content = new ItemContent("标题", "局", null, null, Topic.NEWS, Genre.NEWS, "catalogue",
				"<p onclick=\"x()\">信访<script>alert(1)</script><b>工作</b></p><a href=\"javascript:alert(1)\">链接</a>");
		assertThat(content.body()).doesNotContain("script", "onclick", "javascript").contains("<b>工作</b>", "信访");
		assertThat(RichText.plainText(content.body())).isEqualTo("信访工作 链接");
	}

	@Test
	void composesIndexNumbersFromTheConfiguredScheme() {
		var scheme = new IndexNumberScheme("{division}-XFJ/{year}-{seq:5}");
		assertThat(scheme.format("640000-xfj", "640000", 2017, 42).value()).isEqualTo("640000-XFJ/2017-00042");
		assertThat(new IndexNumberScheme("{agency}-{year}-{seq}").format("640104-xfj", "640104", 2025, 7).value())
				.isEqualTo("640104-xfj-2025-7");
		assertThatThrownBy(() -> new IndexNumberScheme("{division}-{seq}")).isInstanceOf(IllegalArgumentException.class);
	}
}
