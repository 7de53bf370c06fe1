package sunshine.reporting.document;

import static sunshine.reporting.document.AnnualReportStatus.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import sunshine.agency.Role;
import sunshine.reporting.document.AnnualReport.Action;
import sunshine.shared.workflow.TransitionTable;

/**
 * The annual report's way to the portal in one table (《政府信息公开条例》第四十九条、第五十条: each agency
 * publishes its annual report by 31 January; the report editor writes it, the signing leader signs it):
 * the report editor (年报编辑) edits and submits the draft and publishes the signed report; the signing
 * leader (签发领导) of the agency itself signs it or returns it. A report is published only when complete
 * (issue 16): every {@link OpenItem} — a part left unfilled, a reference to no cell, a finding — resolved in
 * the text or waived by the signing leader, who may waive while the report awaits sign-off or publication.
 */
public final class AnnualReportWorkflow {

	private AnnualReportWorkflow() {
	}

	/** 豁免: the open item the signing leader lets stand, and why. */
	public record Waiver(@NotBlank(message = "{reporting.document.waiver.item}") String item,
			@NotBlank(message = "{reporting.document.waiver.reason}") @Size(max = 1000, message = "{reporting.document.waiver.reasonLength}") String reason) {
	}

	public static final TransitionTable<AnnualReport, AnnualReportStatus, Action, Role> TABLE = TransitionTable
			.<AnnualReport, AnnualReportStatus, Action, Role>of(AnnualReportStatus.class, Action.class, Role.class,
					AnnualReport::getStatus, "reporting.document.state", "reporting.document.role")
			.on(Action.EDIT).from(DRAFT).by(Role.REPORT_EDITOR).noForm()
			.on(Action.SUBMIT).from(DRAFT).by(Role.REPORT_EDITOR).noForm()
			.on(Action.RETURN).from(IN_REVIEW).by(Role.SIGNING_LEADER).noForm()
			.on(Action.SIGN).from(IN_REVIEW).by(Role.SIGNING_LEADER).noForm()
			.on(Action.WAIVE).from(IN_REVIEW, SIGNED).by(Role.SIGNING_LEADER).form(Waiver.class)
			.on(Action.PUBLISH).from(SIGNED).by(Role.REPORT_EDITOR)
				.when(AnnualReport::isComplete, "reporting.document.incomplete").noForm()
			.build();
}
