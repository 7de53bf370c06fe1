package sunshine.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The back-off, the citizen's choice of channels and the filling of templates, without a database. */
class NotifyTests {

	static NotifySettings settings(Duration first, Duration max) {
		var gateway = new NotifySettings.Gateway(false, "", "", "", "", Map.of(), Duration.ofSeconds(1));
		return new NotifySettings(Duration.ofSeconds(3), first, max, 8, Duration.ofMinutes(2), 20, "",
				new NotifySettings.Email(false, "a@b.cn"), gateway, gateway);
	}

	@Test
	void theWaitDoublesAfterEachFailureUntilTheCap() {
		var random = new java.util.Random(17);
		for (int i = 0; i < 500; i++) {
			Duration first = Duration.ofSeconds(1 + random.nextInt(120));
			Duration max = first.multipliedBy(1 + random.nextInt(1000));
			var settings = settings(first, max);
			assertThat(settings.backOff(1)).isEqualTo(first);
			for (int attempt = 2; attempt < 40; attempt++) {
				Duration before = settings.backOff(attempt - 1);
				Duration now = settings.backOff(attempt);
				// doubled, unless the cap was reached; never above the cap, never shorter than before
				assertThat(now).isEqualTo(before.multipliedBy(2).compareTo(max) > 0 ? max : before.multipliedBy(2));
				assertThat(now).isLessThanOrEqualTo(max).isGreaterThanOrEqualTo(before);
			}
		}
		assertThat(settings(Duration.ofSeconds(30), Duration.ofHours(6)).backOff(4)).isEqualTo(Duration.ofMinutes(4));
	}

	@Test
	void anEmailAddressWithoutAChoiceMeansEmailAndAChoiceIsTakenAsMade() {
		assertThat(Contact.chosen("a@b.cn", "13895000001", null, null).channels()).containsExactly(ChannelKind.EMAIL);
		assertThat(Contact.chosen(null, "13895000001", null, null).channels()).isEmpty();
		assertThat(Contact.chosen("a@b.cn", "13895000001", null, List.of("短信")).channels())
				.containsExactly(ChannelKind.SMS);
		assertThat(Contact.chosen("a@b.cn", "13895000001", null, List.of("EMAIL,sms")).channels())
				.containsExactlyInAnyOrder(ChannelKind.EMAIL, ChannelKind.SMS);
		// a channel without its address is dropped; "LOG" is not the citizen's to choose
		assertThat(Contact.chosen(null, null, null, List.of("EMAIL", "SMS", "WECHAT", "LOG")).channels()).isEmpty();
		assertThat(Contact.chosen("a@b.cn", null, null, List.of("-")).channels()).isEmpty();
		assertThat(new Contact(null, "1", "open-id", Set.of(ChannelKind.WECHAT)).addressFor(ChannelKind.WECHAT))
				.isEqualTo("open-id");
	}

	@Test
	void fillsEveryPlaceholder() {
		String text = NotificationTemplates.fill("{agency}：{trackingCode} 于{date}{step}，{detail}。{trackingCode}",
				"XF2026-1", "受理", "2026年12月3日", "某信访局", "说明");
		assertThat(text).isEqualTo("某信访局：XF2026-1 于2026年12月3日受理，说明。XF2026-1");
	}

	@Test
	void checksEmailAddresses() {
		assertThat(Contact.validEmail(null)).isTrue();
		assertThat(Contact.validEmail("name@example.cn")).isTrue();
		assertThat(Contact.validEmail("不是邮箱")).isFalse();
		assertThat(Contact.validEmail("a@b")).isFalse();
		assertThat(Contact.validEmail("x".repeat(250) + "@example.cn")).isFalse();
	}
}
