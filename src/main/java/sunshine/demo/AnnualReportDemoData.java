package sunshine.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import sunshine.agency.StaffUser;
import sunshine.reporting.document.AnnualReports;

/**
 * The annual report documents of 宁夏回族自治区信访局 (640000-xfj) for every reporting year 2016–2025, each
 * in its era's format, drafted from the computed table by the report editor: 2016–2024 signed off by the
 * leader and published to the portal's 信息公开年报 column, 2025 left as a draft to edit. Runs when the demo
 * region's transaction commits, after every other area has written its records (the published tables
 * are frozen from them).
 */
@Component
class AnnualReportDemoData {

	private static final Logger log = LoggerFactory.getLogger(AnnualReportDemoData.class);

	static final int FIRST_YEAR = 2016;
	static final int LAST_YEAR = 2025;

	private final AnnualReports reports;
	private final UserDetailsService users;

	AnnualReportDemoData(AnnualReports reports, UserDetailsService users) {
		this.reports = reports;
		this.users = users;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DemoData.RegionLoaded event) {
		long started = System.nanoTime();
		StaffUser editor = (StaffUser) users.loadUserByUsername("reporter");
		StaffUser leader = (StaffUser) users.loadUserByUsername("leader");
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			long id = reports.draft(DemoData.SEED_AGENCY, year, editor).report().getId();
			if (year < LAST_YEAR) {
				reports.submit(id, editor);
				reports.signOff(id, leader);
				reports.publish(id, editor);
			}
		}
		log.info("Annual report demo data: {} reports in {} ms", LAST_YEAR - FIRST_YEAR + 1,
				(System.nanoTime() - started) / 1_000_000);
	}
}
