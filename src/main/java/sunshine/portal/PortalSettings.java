package sunshine.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's identity ({@code sunshine.portal.*}), as 国务院办公厅《政府网站发展指引》(2017) asks of
 * every government site: the header shows the agency's name (and emblem where allowed), the footer
 * 主办单位, 联系方式, 网站标识码, ICP备案编号, 公安机关备案号 and a link to 政府网站找错. The defaults are the
 * demo region's; an agency sets its own in {@code application.properties} (Chinese as Unicode
 * escapes: the file is read as ISO-8859-1) or {@code application.yml}.
 *
 * @param siteName the site's name in the header and every page title
 * @param siteNameEn the same on English pages
 * @param agencyName the agency that runs the site, beside the emblem
 * @param agencyNameEn the same on English pages
 * @param emblem the emblem or logo shown before the agency's name (a path under the site, or empty for none)
 * @param host 主办单位
 * @param organizer 承办单位 (empty when the same as the host)
 * @param address the postal address of 联系方式
 * @param postcode its 邮编
 * @param phone the phone number of 联系方式
 * @param email the e-mail address of 联系方式
 * @param siteCode 网站标识码
 * @param icp ICP备案编号
 * @param publicSecurityRecord 公安机关备案号
 * @param publicSecurityRecordCode its number alone, for the link to the record
 * @param errorReportUrl 政府网站找错: the national error-report service, with the site code
 */
@ConfigurationProperties("sunshine.portal")
public record PortalSettings(String siteName, String siteNameEn, String agencyName, String agencyNameEn, String emblem, String host, String organizer,
		String address, String postcode, String phone, String email, String siteCode, String icp,
		String publicSecurityRecord, String publicSecurityRecordCode, String errorReportUrl) {

	public PortalSettings {
		siteName = or(siteName, "阳光政务");
		siteNameEn = or(siteNameEn, "Sunshine");
		agencyName = or(agencyName, "宁夏回族自治区信访局");
		agencyNameEn = or(agencyNameEn, "Letters and Calls Bureau of Ningxia Hui Autonomous Region");
		emblem = emblem == null ? "/images/emblem.svg" : emblem.strip();
		host = or(host, agencyName);
		organizer = organizer == null ? "" : organizer.strip();
		address = or(address, "宁夏回族自治区银川市金凤区人民广场东街1号");
		postcode = or(postcode, "750002");
		phone = or(phone, "0951-12345");
		email = or(email, "xfj@nx.gov.cn");
		siteCode = or(siteCode, "6400000001");
		icp = or(icp, "宁ICP备05000001号");
		publicSecurityRecord = or(publicSecurityRecord, "宁公网安备 64010602000001号");
		publicSecurityRecordCode = or(publicSecurityRecordCode, publicSecurityRecord.replaceAll("\\D", ""));
		errorReportUrl = or(errorReportUrl,
				"https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=" + siteCode);
	}

	private static String or(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value.strip();
	}
}
