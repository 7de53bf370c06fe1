package sunshine.disclosure;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One channel's publication of an item: which channel, on which day, where (a link, or for
 * {@link Channel#OTHER} a description such as “《民生与信访》第12期”).
 */
@Embeddable
public class ChannelPublication {

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", nullable = false)
	private Channel channel;

	@Column(name = "published_on", nullable = false)
	private LocalDate publishedOn;

	@Column(name = "link")
	private String link;

	@Column(name = "description")
	private String description;

	protected ChannelPublication() {
	}

	public ChannelPublication(Channel channel, LocalDate publishedOn, String link, String description) {
		this.channel = Objects.requireNonNull(channel, "channel");
		this.publishedOn = Objects.requireNonNull(publishedOn, "publishedOn");
		this.link = blankToNull(link);
		this.description = blankToNull(description);
		if (channel == Channel.OTHER && this.description == null) {
			throw new IllegalArgumentException("disclosure.error.otherNeedsDescription");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Channel getChannel() {
		return channel;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public String getLink() {
		return link;
	}

	public String getDescription() {
		return description;
	}

	boolean sameAs(ChannelPublication other) {
		return channel == other.channel && publishedOn.equals(other.publishedOn)
				&& Objects.equals(description, other.description);
	}
}
