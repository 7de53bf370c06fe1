package sunshine.reporting.document;

import static sunshine.reporting.document.AnnualReportStatus.*;

import sunshine.agency.Role;
import sunshine.reporting.document.AnnualReport.Action;
import sunshine.shared.workflow.TransitionTable;

/**
 * The annual report's way to the portal in one table (《政府信息公开条例》第四十九条、第五十条: each agency
 * publishes its annual report by 31 January; the report editor writes it, the signing leader signs it):
 * the report editor (年报编辑) edits and submits the draft and publishes the signed report; the signing
 * leader (签发领导) of the agency itself signs it or returns it.
 */
public final class AnnualReportWorkflow {

	private AnnualReportWorkflow() {
	}

	public static final TransitionTable<AnnualReport, AnnualReportStatus, Action, Role> TABLE = TransitionTable
			.<AnnualReport, AnnualReportStatus, Action, Role>of(AnnualReportStatus.class, Action.class, Role.class,
					AnnualReport::getStatus, "reporting.document.state", "reporting.document.role")
			.on(Action.EDIT).from(DRAFT).by(Role.REPORT_EDITOR).noForm()
			.on(Action.SUBMIT).from(DRAFT).by(Role.REPORT_EDITOR).noForm()
			.on(Action.RETURN).from(IN_REVIEW).by(Role.SIGNING_LEADER).noForm()
			.on(Action.SIGN).from(IN_REVIEW).by(Role.SIGNING_LEADER).noForm()
			.on(Action.PUBLISH).from(SIGNED).by(Role.REPORT_EDITOR).noForm()
			.build();
}
