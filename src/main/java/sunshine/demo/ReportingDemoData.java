package sunshine.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import sunshine.agency.AgencyLookup;
import sunshine.reporting.imports.ReportImports;

/**
 * The reporting area's demo: 自治区信访局's published 2017 annual report (the seed), imported and
 * checked as the report editor would, so that the console shows its table and its three findings.
 */
@Component
class ReportingDemoData {

	static final String SEED_REPORT = "reporting/demo-nxxf-2017-annual-report.txt";

	private final ReportImports imports;
	private final AgencyLookup agencies;

	ReportingDemoData(ReportImports imports, AgencyLookup agencies) {
		this.imports = imports;
		this.agencies = agencies;
	}

	@EventListener
	void on(DemoData.RegionLoaded event) {
		long agencyId = agencies.byCode(DemoData.SEED_AGENCY).orElseThrow().getId();
		imports.importReport(read(), "自治区信访局2017年政府信息公开工作年度报告.txt", agencyId, "reporter");
	}

	/** The seed report's text (also the 2017 annual report document, {@link AnnualReportDemoData}). */
	static String read() {
		try (InputStream in = new ClassPathResource(SEED_REPORT).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
