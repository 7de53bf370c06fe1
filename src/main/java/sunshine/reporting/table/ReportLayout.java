package sunshine.reporting.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one statistics table, in the official order. {@link #of(ReportFormat)} gives each era's
 * table; {@link #withSingleOtherProcessingRow()} gives the mix that some agencies published after 2021
 * (section 二 of the 2021 format, section 三 still with the 2019 trial format's single （六）其他处理 row).
 *
 * <p>Sources: reference/annual-report-format-2008.md (row ids S1…S9 of the 2008 table) and
 * reference/annual-report-format-2021.md (rows NEW, CARRY_IN, R1…R7, CARRY_OUT; section 二 ids such as
 * {@code 2-1/规章}; section 四 rows REVIEW, LITIGATION_DIRECT, LITIGATION_AFTER_REVIEW).
 *
 * @param format the era of section 二 (and of the whole table, unless {@code mixed})
 * @param mixed whether section 三 follows the 2019 trial format inside a 2021 table
 */
public record ReportLayout(ReportFormat format, boolean mixed, List<ReportRow> rows) {

	/** The applicant columns of section 三 (申请人情况), the last one being the row total. */
	public static final List<String> APPLICANT_COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织",
			"法律服务机构", "其他", "总计");

	/** The result columns of section 四 (行政复议、行政诉讼). */
	public static final List<String> RESULT_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

	public static final String TOTAL = "总计";

	public ReportLayout {
		rows = List.copyOf(rows);
	}

	public static ReportLayout of(ReportFormat format) {
		return switch (format) {
			case ERA_2008 -> new ReportLayout(format, false, rows2008());
			case TRIAL_2019 -> new ReportLayout(format, false, concat(section2Of2019(), section3(true), section4()));
			case FORMAT_2021 -> new ReportLayout(format, false, concat(section2Of2021(), section3(false), section4()));
		};
	}

	/** A 2021 table whose section 三 still has the single （六）其他处理 row of the 2019 trial format. */
	public ReportLayout withSingleOtherProcessingRow() {
		if (format != ReportFormat.FORMAT_2021) {
			return this;
		}
		return new ReportLayout(format, true, concat(section2Of2021(), section3(true), section4()));
	}

	/** Whether section 三 has the single （六）其他处理 row R6 rather than R6_1…R6_3. */
	public boolean singleOtherProcessingRow() {
		return row("R6").isPresent();
	}

	public Optional<ReportRow> row(String id) {
		return rows.stream().filter(r -> r.id().equals(id)).findFirst();
	}

	public List<ReportRow> section(String section) {
		return rows.stream().filter(r -> r.section().equals(section)).toList();
	}

	/** The result rows of section 三 that add up to （七）总计: R1 … R6 (or R6_1 … R6_3). */
	public List<ReportRow> resultRows() {
		return section("三").stream().filter(r -> r.id().startsWith("R") && !r.id().equals("R7")).toList();
	}

	@SafeVarargs
	private static List<ReportRow> concat(List<ReportRow>... parts) {
		List<ReportRow> all = new ArrayList<>();
		for (List<ReportRow> part : parts) {
			all.addAll(part);
		}
		return all;
	}

	private static ReportRow row2008(String id, String label, String unit, String... keys) {
		List<String> matchKeys = keys.length > 0 ? List.of(keys)
				: List.of(ReportRow.normalise(label.replaceFirst("^(其中：|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\\d+\\.)", "")));
		return new ReportRow(id, "2008", label, "", unit, List.of(ReportRow.VALUE), matchKeys);
	}

	private static List<ReportRow> rows2008() {
		return List.of(
				row2008("S1_1", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "主动公开政府信息数"),
				row2008("S1_1a", "其中：主动公开规范性文件数", "条"),
				row2008("S1_1b", "制发规范性文件总数", "件"),
				row2008("S1_2_1", "1.政府公报公开政府信息数", "条"),
				row2008("S1_2_2", "2.政府网站公开政府信息数", "条"),
				row2008("S1_2_3", "3.政务微博公开政府信息数", "条"),
				row2008("S1_2_4", "4.政务微信公开政府信息数", "条"),
				row2008("S1_2_5", "5.其他方式公开政府信息数", "条"),
				row2008("S2_1", "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", "回应公众关注热点或重大舆情数"),
				row2008("S2_2_1", "1.参加或举办新闻发布会总次数", "次"),
				row2008("S2_2_1a", "其中：主要负责同志参加新闻发布会次数", "次"),
				row2008("S2_2_2", "2.政府网站在线访谈次数", "次"),
				row2008("S2_2_2a", "其中：主要负责同志参加政府网站在线访谈次数", "次"),
				row2008("S2_2_3", "3.政策解读稿件发布数", "篇"),
				row2008("S2_2_4", "4.微博微信回应事件数", "次"),
				row2008("S2_2_5", "5.其他方式回应事件数", "次"),
				row2008("S3_1", "（一）收到申请数", "件"),
				row2008("S3_1_1", "1.当面申请数", "件"),
				row2008("S3_1_2", "2.传真申请数", "件"),
				row2008("S3_1_3", "3.网络申请数", "件"),
				row2008("S3_1_4", "4.信函申请数", "件"),
				row2008("S3_2", "（二）申请办结数", "件"),
				row2008("S3_2_1", "1.按时办结数", "件"),
				row2008("S3_2_2", "2.延期办结数", "件"),
				row2008("S3_3", "（三）申请答复数", "件"),
				row2008("S3_3_1", "1.属于已主动公开范围数", "件"),
				row2008("S3_3_2", "2.同意公开答复数", "件"),
				row2008("S3_3_3", "3.同意部分公开答复数", "件"),
				row2008("S3_3_4", "4.不同意公开答复数", "件"),
				row2008("S3_3_4a", "其中：涉及国家秘密", "件"),
				row2008("S3_3_4b", "涉及商业秘密", "件"),
				row2008("S3_3_4c", "涉及个人隐私", "件"),
				row2008("S3_3_4d", "危及国家安全、公共安全、经济安全和社会稳定", "件"),
				row2008("S3_3_4e", "不是《条例》所指政府信息", "件"),
				row2008("S3_3_4f", "法律法规规定的其他情形", "件"),
				row2008("S3_3_5", "5.不属于本行政机关公开数", "件"),
				row2008("S3_3_6", "6.申请信息不存在数", "件"),
				row2008("S3_3_7", "7.告知作出更改补充数", "件"),
				row2008("S3_3_8", "8.告知通过其他途径办理数", "件"),
				row2008("S4", "四、行政复议数量", "件"),
				row2008("S4_1", "维持具体行政行为数", "件", "维持具体行政行为数"),
				row2008("S4_2", "被依法纠错数", "件"),
				row2008("S4_3", "其他情形数", "件"),
				row2008("S5", "五、行政诉讼数量", "件"),
				row2008("S5_1", "维持具体行政行为或者驳回原告诉讼请求数", "件", "驳回原告诉讼请求数"),
				row2008("S5_2", "被依法纠错数", "件"),
				row2008("S5_3", "其他情形数", "件"),
				row2008("S6", "六、举报投诉数量", "件"),
				row2008("S7", "七、依申请公开信息收取的费用", "万元"),
				row2008("S8_1", "政府信息公开工作专门机构数", "个"),
				row2008("S8_2", "设置政府信息公开查阅点数", "个"),
				row2008("S8_3", "从事政府信息公开工作人员数", "人"),
				row2008("S8_3_1", "1.专职人员数", "人"),
				row2008("S8_3_2", "2.兼职人员数", "人"),
				row2008("S8_4", "政府信息公开专项经费", "万元"),
				row2008("S9_1", "召开政府信息公开工作会议或专题会议数", "次"),
				row2008("S9_2", "举办各类培训班数", "次"),
				row2008("S9_3", "接受培训人员数", "人次"));
	}

	private static ReportRow item(String id, String label, String unit, List<String> columns, String... keys) {
		return new ReportRow(id, "二", label, id.substring(0, 3), unit, columns, List.of(keys));
	}

	private static List<ReportRow> section2Of2021() {
		List<String> documents = List.of("本年制发件数", "本年废止件数", "现行有效件数");
		List<String> decisions = List.of("本年处理决定数量");
		return List.of(
				item("2-1/规章", "规章", "件", documents, "规章$"),
				item("2-1/行政规范性文件", "行政规范性文件", "件", documents, "规范性文件$"),
				item("2-2/行政许可", "行政许可", "件", decisions, "行政许可$"),
				item("2-3/行政处罚", "行政处罚", "件", decisions, "行政处罚$"),
				item("2-3/行政强制", "行政强制", "件", decisions, "行政强制$"),
				item("2-4/行政事业性收费", "行政事业性收费", "万元", List.of("本年收费金额（单位：万元）"), "行政事业性收费$"));
	}

	private static List<ReportRow> section2Of2019() {
		List<String> documents = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量");
		List<String> items = List.of("上一年项目数量", "本年增/减", "处理决定数量");
		return List.of(
				item("2-1/规章", "规章", "件", documents, "规章$"),
				item("2-1/规范性文件", "规范性文件", "件", documents, "规范性文件$"),
				item("2-2/行政许可", "行政许可", "项", items, "行政许可$"),
				item("2-2/其他对外管理服务事项", "其他对外管理服务事项", "项", items, "其他对外管理服务事项$"),
				item("2-3/行政处罚", "行政处罚", "项", items, "行政处罚$"),
				item("2-3/行政强制", "行政强制", "项", items, "行政强制$"),
				item("2-4/行政事业性收费", "行政事业性收费", "项", List.of("上一年项目数量", "本年增/减"), "行政事业性收费$"),
				item("2-5/政府集中采购", "政府集中采购", "项", List.of("采购项目数量", "采购总金额"), "政府集中采购$"));
	}

	private static ReportRow application(String id, String group, String label, String... keys) {
		return new ReportRow(id, "三", label, group, "件", APPLICANT_COLUMNS, List.of(keys));
	}

	private static List<ReportRow> section3(boolean singleOtherProcessingRow) {
		String results = "三、本年度办理结果";
		String refused = "（三）不予公开";
		String unable = "（四）无法提供";
		String notProcessed = "（五）不予处理";
		String other = "（六）其他处理";
		List<ReportRow> rows = new ArrayList<>(List.of(
				application("NEW", "", "一、本年新收政府信息公开申请数量", "本年新收"),
				application("CARRY_IN", "", "二、上年结转政府信息公开申请数量", "上年结转"),
				application("R1", results, "（一）予以公开", "予以公开"),
				application("R2", results, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"),
				application("R3_1", refused, "1.属于国家秘密", "国家秘密"),
				application("R3_2", refused, "2.其他法律行政法规禁止公开", "其他法律行政法规禁止公开", "法规禁止公开"),
				application("R3_3", refused, "3.危及“三安全一稳定”", "三安全一稳定"),
				application("R3_4", refused, "4.保护第三方合法权益", "保护第三方"),
				application("R3_5", refused, "5.属于三类内部事务信息", "三类内部"),
				application("R3_6", refused, "6.属于四类过程性信息", "四类过程性"),
				application("R3_7", refused, "7.属于行政执法案卷", "行政执法案卷"),
				application("R3_8", refused, "8.属于行政查询事项", "行政查询事项"),
				application("R4_1", unable, "1.本机关不掌握相关政府信息", "本机关不掌握"),
				application("R4_2", unable, "2.没有现成信息需要另行制作", "没有现成信息", "另行制作"),
				application("R4_3", unable, "3.补正后申请内容仍不明确", "补正后申请内容"),
				application("R5_1", notProcessed, "1.信访举报投诉类申请", "信访举报投诉"),
				application("R5_2", notProcessed, "2.重复申请", "重复申请$"),
				application("R5_3", notProcessed, "3.要求提供公开出版物", "公开出版物"),
				application("R5_4", notProcessed, "4.无正当理由大量反复申请", "大量反复"),
				application("R5_5", notProcessed, "5.要求行政机关确认或重新出具已获取信息", "重新出具", "确认或重")));
		if (singleOtherProcessingRow) {
			rows.add(application("R6", results, "（六）其他处理", "六其他处理$", "六其他$"));
		}
		else {
			rows.add(application("R6_1", other, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正", "无正当理由逾期"));
			rows.add(application("R6_2", other, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "收费通知", "缴纳费用"));
			rows.add(application("R6_3", other, "3.其他", "3其他$"));
		}
		rows.add(application("R7", results, "（七）总计", "七总计"));
		rows.add(application("CARRY_OUT", "", "四、结转下年度继续办理", "结转下年度", "转下年度"));
		return rows;
	}

	private static List<ReportRow> section4() {
		return List.of(
				new ReportRow("REVIEW", "四", "行政复议", "", "件", RESULT_COLUMNS, List.of("行政复议")),
				new ReportRow("LITIGATION_DIRECT", "四", "未经复议直接起诉", "行政诉讼", "件", RESULT_COLUMNS,
						List.of("未经复议直接起诉")),
				new ReportRow("LITIGATION_AFTER_REVIEW", "四", "复议后起诉", "行政诉讼", "件", RESULT_COLUMNS,
						List.of("复议后起诉")));
	}
}
