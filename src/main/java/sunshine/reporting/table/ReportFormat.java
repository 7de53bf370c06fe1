package sunshine.reporting.table;

/**
 * The format era of the annual report's statistics table; it follows the reporting year.
 */
public enum ReportFormat {

	/**
	 * 《政府信息公开情况统计表》 of 国办发〔2014〕32号 under the 2008 regulations (国务院令第492号):
	 * one value column, nine sections; reporting years up to 2018.
	 */
	ERA_2008("2008"),

	/**
	 * 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号: reporting years
	 * 2019 and 2020; section 三 has a single （六）其他处理 row.
	 */
	TRIAL_2019("2019"),

	/**
	 * 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号, issued under
	 * 《政府信息公开条例》（2019）第五十条: reporting years from 2021.
	 */
	FORMAT_2021("2021");

	private final String code;

	ReportFormat(String code) {
		this.code = code;
	}

	/** The code of the table endpoint's {@code format} field: "2008", "2019" or "2021". */
	public String code() {
		return code;
	}

	/** The era whose format applies to a reporting year (years ≤ 2018, 2019–2020, from 2021). */
	public static ReportFormat forYear(int year) {
		if (year <= 2018) {
			return ERA_2008;
		}
		return year <= 2020 ? TRIAL_2019 : FORMAT_2021;
	}

	public static ReportFormat ofCode(String code) {
		for (ReportFormat format : values()) {
			if (format.code.equals(code)) {
				return format;
			}
		}
		throw new IllegalArgumentException("Unknown report format " + code);
	}
}
