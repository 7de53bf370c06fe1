package sunshine.opinion.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import sunshine.opinion.FeedEntry;

/** Reading RSS and Atom: the entries' keys, links and dates, and the feeds that are refused. */
class FeedReaderTests {

	@Test
	void readsAnRssChannelKeyedByGuidElseLink() throws Exception {
		var entries = FeedReader.parse("""
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>t</title>
				  <item><title>网民反映噪声扰民</title><link>https://a.example.cn/1</link><guid>g-1</guid>
				    <description>夜间施工</description><pubDate>Tue, 05 Jun 2018 08:00:00 +0800</pubDate></item>
				  <item><title>无编号的条目</title><link>https://a.example.cn/2</link></item>
				  <item><link>https://a.example.cn/3</link></item>
				</channel></rss>
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(entries).containsExactly(
				new FeedEntry("g-1", "网民反映噪声扰民", "夜间施工", "https://a.example.cn/1", Instant.parse("2018-06-05T00:00:00Z")),
				new FeedEntry("https://a.example.cn/2", "无编号的条目", null, "https://a.example.cn/2", null));
	}

	@Test
	void refusesADocumentTypeSoAFeedCannotExpandOrFetchEntities() {
		byte[] hostile = """
				<?xml version="1.0"?>
				<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title>&x;</title></entry></feed>
				""".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> FeedReader.parse(hostile)).isInstanceOf(FeedReader.Unreadable.class);
	}

	@Test
	void givesUpOnAFeedThatDoesNotAnswerWithinTheTimeout() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/slow.xml", exchange -> {
			try {
				Thread.sleep(5_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
		try {
			var reader = new FeedReader(Duration.ofMillis(500), Duration.ofMillis(300));
			long start = System.nanoTime();
			assertThatThrownBy(() -> reader.read("http://127.0.0.1:" + server.getAddress().getPort() + "/slow.xml"))
					.isInstanceOf(FeedReader.Unreadable.class).hasMessageContaining("Timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void acceptsOnlyHttpAddressesWithAHost() {
		assertThat(sunshine.opinion.OpinionFeed.isReadableAddress("https://yq.example.gov.cn/feed.xml")).isTrue();
		assertThat(sunshine.opinion.OpinionFeed.isReadableAddress("file:///etc/passwd")).isFalse();
		assertThat(sunshine.opinion.OpinionFeed.isReadableAddress("ftp://example.cn/a")).isFalse();
		assertThat(sunshine.opinion.OpinionFeed.isReadableAddress("http:///nohost")).isFalse();
		assertThat(sunshine.opinion.OpinionFeed.isReadableAddress("不是网址")).isFalse();
	}
}
