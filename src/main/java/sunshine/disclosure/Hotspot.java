package sunshine.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A public concern or opinion hotspot (公众关注热点或重大舆情) the agency answered, with each answer.
 * The 2008 table row 二（一） counts the hotspot once however many ways it was answered
 * ("不同方式回应同一热点或舆情计1次").
 */
@Entity
@Table(name = "disclosure_hotspot")
public class Hotspot extends AbstractAggregateRoot<Hotspot> {

	/** One answer on one channel. */
	@Embeddable
	public static class Response {

		@Enumerated(EnumType.STRING)
		@Column(name = "channel", nullable = false)
		private HotspotChannel channel;

		@Column(name = "responded_on", nullable = false)
		private LocalDate respondedOn;

		@Column(name = "link")
		private String link;

		@Column(name = "description")
		private String description;

		protected Response() {
		}

		public Response(HotspotChannel channel, LocalDate respondedOn, String link, String description) {
			this.channel = channel;
			this.respondedOn = respondedOn;
			this.link = link;
			this.description = description;
		}

		public HotspotChannel getChannel() { return channel; }
		public LocalDate getRespondedOn() { return respondedOn; }
		public String getLink() { return link; }
		public String getDescription() { return description; }
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_hotspot_seq")
	@SequenceGenerator(name = "disclosure_hotspot_seq", sequenceName = "disclosure_hotspot_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(nullable = false)
	private String subject;

	@Column(name = "arose_on", nullable = false)
	private LocalDate aroseOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "disclosure_hotspot_response", joinColumns = @JoinColumn(name = "hotspot_id"))
	private List<Response> responses = new ArrayList<>();

	protected Hotspot() {
	}

	Hotspot(long agencyId, String subject, LocalDate aroseOn, Instant now) {
		if (subject == null || subject.isBlank()) {
			throw new IllegalArgumentException("disclosure.error.subject");
		}
		this.agencyId = agencyId;
		this.subject = subject.strip();
		this.aroseOn = aroseOn;
		this.createdAt = now;
	}

	/** Records one more answer; an answer cannot precede the hotspot. */
	Hotspot answer(Response response) {
		if (response.getRespondedOn().isBefore(aroseOn)) {
			throw new IllegalArgumentException("disclosure.error.answerBeforeHotspot");
		}
		responses.add(response);
		if (id != null) {
			registerEvent(new DisclosureEvents.HotspotAnswered(id, response.getChannel().name(),
					response.getRespondedOn().toString()));
		}
		return this;
	}

	public Long getId() { return id; }
	public Long getAgencyId() { return agencyId; }
	public String getSubject() { return subject; }
	public LocalDate getAroseOn() { return aroseOn; }
	public List<Response> getResponses() { return List.copyOf(responses); }
}
