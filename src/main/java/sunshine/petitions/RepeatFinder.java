package sunshine.petitions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重复信访: finds the petitions that raise the same matter as a given one — the same person (the blind index
 * of the identity number, or of the phone number) at the same agency, received within
 * {@code sunshine.petitions.repeats.window-days} days before or after it, whose title and content read
 * alike ({@link MatterSimilarity} at least {@code sunshine.petitions.repeats.min-similarity}), whichever
 * channel each came by. The petitions already merged with it into one matter are listed whatever their
 * similarity. Personal data are compared by their blind indexes only; the texts are compared in memory.
 */
@Service
@Transactional(readOnly = true)
public class RepeatFinder {

	/**
	 * A petition that may be the same matter: its similarity (0–1), whether it is already merged into one
	 * matter with the petition asked about, and whether that petition may be merged into it now (it is the
	 * older of the two and an accepted matter).
	 */
	public record Candidate(long id, String trackingCode, Channel channel, LocalDate receivedOn, PetitionStatus status,
			String title, BigDecimal similarity, boolean alreadyMerged, boolean mergeTarget) {

		/** The similarity in whole per cent, as the page shows it. */
		public int percent() {
			return similarity.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
		}
	}

	private record Row(long id, String trackingCode, String channel, LocalDate receivedOn, String status, String title,
			String content, Long repeatOf, java.sql.Timestamp receivedAt) {
	}

	private final JdbcClient jdbc;
	private final int windowDays;
	private final double minSimilarity;

	RepeatFinder(JdbcClient jdbc, @Value("${sunshine.petitions.repeats.window-days:90}") int windowDays,
			@Value("${sunshine.petitions.repeats.min-similarity:0.45}") double minSimilarity) {
		this.jdbc = jdbc;
		this.windowDays = windowDays;
		this.minSimilarity = minSimilarity;
	}

	/** The candidates for the petition, the most alike first. */
	public List<Candidate> related(Petition petition) {
		String idIndex = Objects.requireNonNullElse(petition.idNumberIndex(), "");
		String phoneIndex = Objects.requireNonNullElse(petition.phoneIndex(), "");
		if (idIndex.isEmpty() && phoneIndex.isEmpty()) {
			return List.of();
		}
		var rows = jdbc.sql("""
				select id, tracking_code, channel, received_on, status, title, content, repeat_of, received_at
				from petition
				where agency_id = :agency and id <> :id and received_on between :from and :to
				  and ((:idIndex <> '' and id_number_index = :idIndex) or (:phoneIndex <> '' and phone_index = :phoneIndex))
				order by received_at, id
				""").param("agency", petition.getAgencyId()).param("id", petition.getId())
				.param("from", petition.getReceivedOn().minusDays(windowDays))
				.param("to", petition.getReceivedOn().plusDays(windowDays)).param("idIndex", idIndex)
				.param("phoneIndex", phoneIndex)
				.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("channel"),
						rs.getObject("received_on", LocalDate.class), rs.getString("status"), rs.getString("title"),
						rs.getString("content"), rs.getObject("repeat_of") == null ? null : rs.getLong("repeat_of"),
						rs.getTimestamp("received_at")))
				.list();
		Long main = petition.getRepeatOf();
		return rows.stream().map(r -> {
			double similarity = MatterSimilarity.of(petition.getTitle(), petition.getContent(), r.title(), r.content());
			boolean merged = Objects.equals(r.repeatOf(), petition.getId()) || Objects.equals(main, r.id())
					|| (main != null && main.equals(r.repeatOf()));
			boolean target = !petition.isRepeat() && r.repeatOf() == null
					&& petition.allowedActions().contains(Petition.Action.MERGE)
					&& !r.receivedAt().toInstant().isAfter(petition.getReceivedAt());
			return new Candidate(r.id(), r.trackingCode(), Channel.valueOf(r.channel()), r.receivedOn(),
					PetitionStatus.valueOf(r.status()), r.title(),
					BigDecimal.valueOf(similarity).setScale(3, RoundingMode.HALF_UP), merged, target);
		}).filter(c -> c.alreadyMerged() || c.similarity().doubleValue() >= minSimilarity)
				.sorted(Comparator.comparing(Candidate::similarity).reversed().thenComparing(Candidate::trackingCode))
				.toList();
	}

	/** Whether the two petitions are the same person's, by the blind index of the identity or phone number. */
	boolean samePerson(Petition a, Petition b) {
		return a.idNumberIndex() != null && a.idNumberIndex().equals(b.idNumberIndex())
				|| a.phoneIndex() != null && a.phoneIndex().equals(b.phoneIndex());
	}

	/** How far apart, in days, two petitions of one matter may be received: the setting's value. */
	public int windowDays() {
		return windowDays;
	}

	/** The least similarity suggested: the setting's value. */
	public double minSimilarity() {
		return minSimilarity;
	}
}
