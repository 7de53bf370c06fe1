package sunshine.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * An item of government information in the agency's disclosure catalogue (政府信息公开目录): the
 * catalogue fields, the sanitised body, and every channel that carried it, each with its date.
 * Lifecycle {@link ItemStatus#DRAFT} → {@link ItemStatus#IN_REVIEW} → {@link ItemStatus#PUBLISHED}
 * → {@link ItemStatus#WITHDRAWN}; each step is a verb that checks the state and registers an
 * audited event. {@link DisclosureManagement} is the only caller.
 */
@Entity
@Table(name = "disclosure_item")
@Indexed(index = "disclosure_item")
public class InformationItem extends AbstractAggregateRoot<InformationItem> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_item_seq")
	@SequenceGenerator(name = "disclosure_item_seq", sequenceName = "disclosure_item_seq", allocationSize = 50)
	private Long id;

	@GenericField
	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@KeywordField(projectable = Projectable.YES)
	@Column(name = "index_number", nullable = false)
	private String indexNumber;

	@Column(name = "index_year", nullable = false)
	private int indexYear;

	@Column(name = "index_seq", nullable = false)
	private int indexSeq;

	@FullTextField(analyzer = "smartcn", highlightable = Highlightable.ANY, projectable = Projectable.YES)
	@Column(nullable = false)
	private String title;

	@Column(name = "issuing_body", nullable = false)
	private String issuingBody;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "written_on")
	private LocalDate writtenOn;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(name = "published_on")
	private LocalDate publishedOn;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Topic topic;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Genre genre;

	@KeywordField
	@Column(name = "column_code", nullable = false)
	private String columnCode;

	@Column(nullable = false)
	private String body;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ItemStatus status;

	@Column(name = "withdrawn_on")
	private LocalDate withdrawnOn;

	@Column(name = "withdrawal_reason")
	private String withdrawalReason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "disclosure_channel_publication", joinColumns = @JoinColumn(name = "item_id"))
	private List<ChannelPublication> publications = new ArrayList<>();

	protected InformationItem() {
	}

	/** A new draft with its 索引号 already assigned. */
	InformationItem(long agencyId, IndexNumber indexNumber, ItemContent content, Instant now) {
		this.agencyId = agencyId;
		this.indexNumber = indexNumber.value();
		this.indexYear = indexNumber.year();
		this.indexSeq = indexNumber.sequence();
		this.status = ItemStatus.DRAFT;
		this.createdAt = now;
		apply(content, now);
	}

	private void apply(ItemContent content, Instant now) {
		this.title = content.title();
		this.issuingBody = content.issuingBody();
		this.documentNumber = content.documentNumber();
		this.writtenOn = content.writtenOn();
		this.topic = content.topic();
		this.genre = content.genre();
		this.columnCode = content.columnCode();
		this.body = content.body();
		this.updatedAt = now;
	}

	/** Rewrites a draft. */
	InformationItem revise(ItemContent content, Instant now) {
		require(ItemStatus.DRAFT);
		apply(content, now);
		registerEvent(new DisclosureEvents.ItemRevised(id, indexNumber));
		return this;
	}

	/** 提交审核: the editor is done; a reviewer decides. */
	InformationItem submitForReview(Instant now) {
		require(ItemStatus.DRAFT);
		status = ItemStatus.IN_REVIEW;
		updatedAt = now;
		registerEvent(new DisclosureEvents.ItemSubmitted(id, indexNumber));
		return this;
	}

	/** 退回修改: back to the editor with a reason. */
	InformationItem returnToDraft(String reason, Instant now) {
		require(ItemStatus.IN_REVIEW);
		status = ItemStatus.DRAFT;
		updatedAt = now;
		registerEvent(new DisclosureEvents.ItemReturned(id, indexNumber, reason));
		return this;
	}

	/**
	 * 发布: makes a reviewed item public on at least one channel. The item's 发布日期 is the
	 * earliest channel date.
	 */
	InformationItem publish(List<ChannelPublication> channels, Instant now) {
		require(ItemStatus.IN_REVIEW);
		if (channels.isEmpty()) {
			throw new IllegalArgumentException("disclosure.error.noChannel");
		}
		channels.forEach(this::addPublication);
		status = ItemStatus.PUBLISHED;
		updatedAt = now;
		registerEvent(new DisclosureEvents.ItemPublished(id, indexNumber, describe(channels)));
		return this;
	}

	/** A published item reaches one more channel (e.g. next year's magazine issue). */
	InformationItem publishAlsoOn(ChannelPublication publication, Instant now) {
		require(ItemStatus.PUBLISHED);
		addPublication(publication);
		updatedAt = now;
		registerEvent(new DisclosureEvents.ItemPublished(id, indexNumber, describe(List.of(publication))));
		return this;
	}

	/** 撤回: takes a published item off the portal; it stays counted for the years it was public. */
	InformationItem withdraw(LocalDate on, String reason, Instant now) {
		require(ItemStatus.PUBLISHED);
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("disclosure.error.reason");
		}
		if (on.isBefore(publishedOn)) {
			throw new IllegalArgumentException("disclosure.error.withdrawBeforePublished");
		}
		status = ItemStatus.WITHDRAWN;
		withdrawnOn = on;
		withdrawalReason = reason.strip();
		updatedAt = now;
		registerEvent(new DisclosureEvents.ItemWithdrawn(id, indexNumber, withdrawalReason));
		return this;
	}

	/** An item taken over from an existing catalogue, already published on its channels. */
	static InformationItem imported(long agencyId, IndexNumber indexNumber, ItemContent content,
			List<ChannelPublication> channels, Instant now) {
		var item = new InformationItem(agencyId, indexNumber, content, now);
		channels.forEach(item::addPublication);
		item.status = ItemStatus.PUBLISHED;
		return item;
	}

	private void addPublication(ChannelPublication publication) {
		if (publications.stream().anyMatch(p -> p.sameAs(publication))) {
			throw new IllegalArgumentException("disclosure.error.duplicateChannel");
		}
		publications.add(publication);
		publishedOn = publications.stream().map(ChannelPublication::getPublishedOn).min(Comparator.naturalOrder())
				.orElseThrow();
	}

	private void require(ItemStatus expected) {
		if (status != expected) {
			throw new IllegalStateException("Item " + indexNumber + " is " + status + ", not " + expected);
		}
	}

	private static String describe(List<ChannelPublication> channels) {
		return channels.stream().map(c -> c.getChannel() + "@" + c.getPublishedOn()).collect(Collectors.joining(","));
	}

	/** What the console may offer for this item; the templates hold no state rules. */
	public Set<String> allowedActions() {
		return switch (status) {
			case DRAFT -> new TreeSet<>(Set.of("edit", "submit"));
			case IN_REVIEW -> new TreeSet<>(Set.of("publish", "return"));
			case PUBLISHED -> new TreeSet<>(Set.of("channel", "withdraw"));
			case WITHDRAWN -> new TreeSet<>();
		};
	}

	/** The body as plain text, for the full-text index and snippets. */
	@Transient
	@FullTextField(name = "text", analyzer = "smartcn", highlightable = Highlightable.ANY)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
	public String getText() {
		return RichText.plainText(body);
	}

	public Long getId() { return id; }
	public Long getAgencyId() { return agencyId; }
	public String getIndexNumber() { return indexNumber; }
	public String getTitle() { return title; }
	public String getIssuingBody() { return issuingBody; }
	public String getDocumentNumber() { return documentNumber; }
	public LocalDate getWrittenOn() { return writtenOn; }
	public LocalDate getPublishedOn() { return publishedOn; }
	public Topic getTopic() { return topic; }
	public Genre getGenre() { return genre; }
	public String getColumnCode() { return columnCode; }
	public String getBody() { return body; }
	public ItemStatus getStatus() { return status; }
	public LocalDate getWithdrawnOn() { return withdrawnOn; }
	public String getWithdrawalReason() { return withdrawalReason; }
	public Instant getUpdatedAt() { return updatedAt; }
	public List<ChannelPublication> getPublications() { return List.copyOf(publications); }
}
