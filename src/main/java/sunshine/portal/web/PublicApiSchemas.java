package sunshine.portal.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shapes of the public JSON API's requests and answers as the API description ({@code /v3/api-docs})
 * states them, with the examples the description shows. Only documentation: the controllers read the
 * bodies with {@code JsonFields} (so that a wrong type is a 400 naming the field) and write the answers
 * themselves; {@code PublicApiDocsIntegrationTests} checks that the examples fit these schemas.
 */
final class PublicApiSchemas {

	private PublicApiSchemas() {
	}

	static final String APPLICATION_EXAMPLE = """
			{"agency":"640000-xfj","applicantType":"自然人","name":"张三","idType":"居民身份证",\
			"idNumber":"110101199003074514","phone":"13800138000","address":"银川市兴庆区解放西街1号",\
			"email":"zhangsan@example.com","description":"申请公开本机关2025年信访工作年度报告。",\
			"purpose":"了解信访工作情况","delivery":"电子数据"}""";

	static final String APPLICATION_RECEIPT_EXAMPLE = """
			{"trackingCode":"GK-2026-7KQ2M9XD","queryCode":"8K3QMZ","receivedOn":"2026-01-05","dueOn":"2026-01-26"}""";

	static final String REQUEST_TRACKING_EXAMPLE = """
			{"trackingCode":"GK-2026-7KQ2M9XD","agency":"宁夏回族自治区信访局","status":"RECEIVED","statusLabel":"已收到",\
			"receivedOn":"2026-01-05","dueOn":"2026-01-26","concludedOn":null,"outcome":null,"outcomeLabel":null,\
			"answer":null,"derivation":["2026年1月5日收到申请","自收到申请之日起20个工作日内答复"],\
			"timeline":[{"on":"2026-01-05","step":"收到申请"}],"documents":[]}""";

	static final String PETITION_EXAMPLE = """
			{"agency":"640000-xfj","channel":"网上投诉","name":"李四","idNumber":"110101199003074514",\
			"phone":"13800138000","address":"银川市金凤区北京中路1号","title":"小区供暖不热",\
			"content":"入冬以来小区供暖温度长期低于十六度，请有关部门督促解决。","category":"URBAN_HOUSING",\
			"visitors":1,"publish":false}""";

	static final String PETITION_RECEIPT_EXAMPLE = """
			{"trackingCode":"XF-2026-3HW8PQ2C","queryCode":"8K3QMZ"}""";

	static final String PETITION_TRACKING_EXAMPLE = """
			{"trackingCode":"XF-2026-3HW8PQ2C","title":"小区供暖不热","channel":"网上投诉","status":"REGISTERED",\
			"statusLabel":"已登记","step":"登记交办","level":"FIRST","receivedOn":"2026-01-05","dueOn":"2026-01-20",\
			"unit":null,"refusalReason":null,"transferredTo":null,"reply":null,"answeredOn":null,"rating":null,\
			"steps":[{"at":"2026-01-05T02:00:00Z","step":"登记交办","action":"网上提交","dueOn":"2026-01-20"}]}""";

	static final String PROBLEM_EXAMPLE = """
			{"error":"bad-request","message":"请填写申请人姓名。","fields":["name"]}""";

	static final String NOT_FOUND_EXAMPLE = """
			{"error":"not-found","message":"查询码或密码不正确，或者没有这件申请。"}""";

	@Schema(name = "RequestApplication", description = "依申请公开的申请（一份申请只写一项所需信息）")
	record Application(
			@Schema(description = "受理申请的行政机关代码", example = "640000-xfj", requiredMode = Schema.RequiredMode.REQUIRED) String agency,
			@Schema(description = "申请人类型：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他", example = "自然人", requiredMode = Schema.RequiredMode.REQUIRED) String applicantType,
			@Schema(description = "申请人姓名或名称", example = "张三", requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(description = "证件类型，自然人默认为居民身份证", example = "居民身份证") String idType,
			@Schema(description = "证件号码（自然人）", example = "110101199003074514") String idNumber,
			@Schema(description = "统一社会信用代码（法人或其他组织）", example = "91640100MA75XXXX0X") String creditCode,
			@Schema(description = "联系人（法人或其他组织）", example = "王五") String contactPerson,
			@Schema(description = "联系电话", example = "13800138000", requiredMode = Schema.RequiredMode.REQUIRED) String phone,
			@Schema(description = "通信地址", example = "银川市兴庆区解放西街1号", requiredMode = Schema.RequiredMode.REQUIRED) String address,
			@Schema(description = "电子邮箱", example = "zhangsan@example.com") String email,
			@Schema(description = "所需政府信息的名称、文号或便于查询的其他特征性描述", example = "申请公开本机关2025年信访工作年度报告。", requiredMode = Schema.RequiredMode.REQUIRED) String description,
			@Schema(description = "用途（可不填）", example = "了解信访工作情况") String purpose,
			@Schema(description = "获取信息的方式：纸质文本、电子数据等，默认纸质文本", example = "电子数据") String delivery) {
	}

	@Schema(name = "RequestReceipt", description = "申请已收到：申请编号与查询码（请妥善保存），收到日期与答复期限")
	record ApplicationReceipt(
			@Schema(description = "申请编号", example = "GK-2026-7KQ2M9XD", requiredMode = Schema.RequiredMode.REQUIRED) String trackingCode,
			@Schema(description = "查询码", example = "8K3QMZ", requiredMode = Schema.RequiredMode.REQUIRED) String queryCode,
			@Schema(description = "收到申请之日", example = "2026-01-05", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String receivedOn,
			@Schema(description = "答复期限", example = "2026-01-26", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String dueOn) {
	}

	@Schema(name = "TimelineStep", description = "办理经过的一步")
	record TimelineStep(@Schema(description = "日期", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String on,
			@Schema(description = "环节", requiredMode = Schema.RequiredMode.REQUIRED) String step) {
	}

	@Schema(name = "LetterRef", description = "申请人可下载的文书")
	record Letter(@Schema(description = "文书种类代码", requiredMode = Schema.RequiredMode.REQUIRED) String kind,
			@Schema(description = "文书标题", requiredMode = Schema.RequiredMode.REQUIRED) String title) {
	}

	@Schema(name = "RequestTracking", description = "申请的办理情况")
	record RequestTracking(
			@Schema(description = "申请编号", requiredMode = Schema.RequiredMode.REQUIRED) String trackingCode,
			@Schema(description = "受理机关", requiredMode = Schema.RequiredMode.REQUIRED) String agency,
			@Schema(description = "状态代码", requiredMode = Schema.RequiredMode.REQUIRED) String status,
			@Schema(description = "状态", requiredMode = Schema.RequiredMode.REQUIRED) String statusLabel,
			@Schema(description = "收到申请之日", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String receivedOn,
			@Schema(description = "答复期限", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String dueOn,
			@Schema(description = "办结日期", format = "date", nullable = true) String concludedOn,
			@Schema(description = "答复结果代码", nullable = true) String outcome,
			@Schema(description = "答复结果", nullable = true) String outcomeLabel,
			@Schema(description = "答复内容", nullable = true) String answer,
			@Schema(description = "期限的推算过程") List<String> derivation,
			@Schema(description = "办理经过") List<TimelineStep> timeline,
			@Schema(description = "可下载的文书") List<Letter> documents) {
	}

	@Schema(name = "PetitionSubmission", description = "网上信访事项")
	record Petition(
			@Schema(description = "信访部门代码", example = "640000-xfj", requiredMode = Schema.RequiredMode.REQUIRED) String agency,
			@Schema(description = "渠道：网上投诉、领导留言板、手机/微信", example = "网上投诉", requiredMode = Schema.RequiredMode.REQUIRED) String channel,
			@Schema(description = "信访人姓名", example = "李四", requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(description = "身份证号码", example = "110101199003074514") String idNumber,
			@Schema(description = "联系电话", example = "13800138000", requiredMode = Schema.RequiredMode.REQUIRED) String phone,
			@Schema(description = "住址", example = "银川市金凤区北京中路1号") String address,
			@Schema(description = "标题", example = "小区供暖不热", requiredMode = Schema.RequiredMode.REQUIRED) String title,
			@Schema(description = "事项内容", example = "入冬以来小区供暖温度长期低于十六度。", requiredMode = Schema.RequiredMode.REQUIRED) String content,
			@Schema(description = "问题类别代码", example = "URBAN_HOUSING", requiredMode = Schema.RequiredMode.REQUIRED) String category,
			@Schema(description = "来访人数（来访时）", example = "1") Integer visitors,
			@Schema(description = "答复后是否同意公开（仅为 true 时公开）", example = "false") Boolean publish) {
	}

	@Schema(name = "PetitionReceipt", description = "信访事项已收到：查询编号与查询码（请妥善保存）")
	record PetitionReceipt(
			@Schema(description = "查询编号", example = "XF-2026-3HW8PQ2C", requiredMode = Schema.RequiredMode.REQUIRED) String trackingCode,
			@Schema(description = "查询码", example = "8K3QMZ", requiredMode = Schema.RequiredMode.REQUIRED) String queryCode) {
	}

	@Schema(name = "NotFound", description = "查无此件（编号或查询码错误时同样如此）")
	record NotFound(@Schema(description = "错误代码", example = "not-found", requiredMode = Schema.RequiredMode.REQUIRED) String error,
			@Schema(description = "中文说明", requiredMode = Schema.RequiredMode.REQUIRED) String message) {
	}
}
