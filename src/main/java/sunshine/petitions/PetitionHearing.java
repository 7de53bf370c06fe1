package sunshine.petitions;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A hearing (听证) held on a 复查/复核 matter, with its participants and result; hearing time is not
 * counted in the 复核 period (《信访工作条例》第三十六条; 《信访条例》2005 第三十五条).
 */
@Entity
@Table(name = "petition_hearing")
public class PetitionHearing {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_hearing_seq")
	@SequenceGenerator(name = "petition_hearing_seq", sequenceName = "petition_hearing_seq", allocationSize = 50)
	private Long id;

	@Column(name = "petition_id", nullable = false)
	private Long petitionId;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(name = "participants", nullable = false, length = 2000)
	private String participants;

	@Column(name = "result", nullable = false, length = 2000)
	private String result;

	@Column(name = "recorded_by", nullable = false, length = 64)
	private String recordedBy;

	protected PetitionHearing() {
	}

	PetitionHearing(long petitionId, long agencyId, LocalDate heldOn, String participants, String result,
			String recordedBy) {
		this.petitionId = petitionId;
		this.agencyId = agencyId;
		this.heldOn = heldOn;
		this.participants = participants;
		this.result = result;
		this.recordedBy = recordedBy;
	}

	public Long getId() {
		return id;
	}
}
