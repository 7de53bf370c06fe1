package sunshine.opinion;

import java.time.Instant;

/**
 * One entry read from an RSS or Atom feed.
 *
 * @param key what the entry is known by: its Atom {@code id} or RSS {@code guid}, else its link
 * @param published when the feed says it was published or last updated, or {@code null}
 */
public record FeedEntry(String key, String title, String summary, String link, Instant published) {
}
