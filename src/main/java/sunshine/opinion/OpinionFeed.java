package sunshine.opinion;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An RSS or Atom feed on the agency's own network (a monitoring service, the agency's message board, a
 * news site) whose entries the scheduled poller collects as opinion events. Only {@code http} and
 * {@code https} addresses are read.
 */
@Entity
@Table(name = "opinion_feed")
public class OpinionFeed {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opinion_feed_seq")
	@SequenceGenerator(name = "opinion_feed_seq", sequenceName = "opinion_feed_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false, length = 500)
	private String url;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "last_polled_at")
	private Instant lastPolledAt;

	@Column(name = "last_error", length = 300)
	private String lastError;

	@Version
	private long version;

	protected OpinionFeed() {
	}

	OpinionFeed(long agencyId, String name, String url, Instant now, String actor) {
		this.agencyId = agencyId;
		this.name = name.strip();
		this.url = url.strip();
		this.active = true;
		this.createdAt = now;
		this.createdBy = actor;
	}

	/** Whether the text is an absolute {@code http}/{@code https} address with a host. */
	public static boolean isReadableAddress(String url) {
		try {
			URI uri = URI.create(url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return false;
		}
	}

	void stop() {
		this.active = false;
	}

	void polled(Instant at, String error) {
		this.lastPolledAt = at;
		this.lastError = error == null || error.length() <= 300 ? error : error.substring(0, 300);
	}

	public Long getId() { return id; }
	public Long getAgencyId() { return agencyId; }
	public String getName() { return name; }
	public String getUrl() { return url; }
	public boolean isActive() { return active; }
	public Instant getCreatedAt() { return createdAt; }
	public String getCreatedBy() { return createdBy; }
	public Instant getLastPolledAt() { return lastPolledAt; }
	public String getLastError() { return lastError; }
}
