package sunshine.disclosure.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of proactive disclosure ({@code sunshine.disclosure.*}): the 索引号 scheme, the lag
 * allowed between a normative document and its interpretation (working days), the page size of
 * lists and search results, the largest attachment accepted.
 */
@ConfigurationProperties("sunshine.disclosure")
public record DisclosureSettings(String indexNumberPattern, Integer interpretationLagWorkingDays, Integer pageSize,
		Long attachmentMaxBytes) {

	public DisclosureSettings {
		indexNumberPattern = indexNumberPattern == null ? "{division}-XFJ/{year}-{seq:5}" : indexNumberPattern;
		interpretationLagWorkingDays = interpretationLagWorkingDays == null ? 5 : interpretationLagWorkingDays;
		pageSize = pageSize == null ? 20 : pageSize;
		attachmentMaxBytes = attachmentMaxBytes == null ? 10L * 1024 * 1024 : attachmentMaxBytes;
	}
}
