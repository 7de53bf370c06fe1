package sunshine.demo;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.calendar.CalendarManagement;
import sunshine.calendar.ClockPlan;
import sunshine.calendar.TimeLimit;
import sunshine.calendar.WorkingCalendar;
import sunshine.requests.AnswerClock;
import sunshine.requests.ApplicantType;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.Outcome;
import sunshine.requests.ProcessingFee;
import sunshine.requests.Regime;
import sunshine.requests.RemedyKind;
import sunshine.requests.RemedyResult;
import sunshine.shared.ChineseIdNumber;
import sunshine.shared.PersonalDataCipher;
import sunshine.shared.TrackingCodes;
import sunshine.shared.UnifiedSocialCreditCode;

/**
 * Demo applications for disclosure (依申请公开), 2019 to today, written with batched JDBC inserts.
 * <ul>
 * <li>宁夏回族自治区信访局 (640000-xfj) received no application in 2017 (its 2017 report, the seed,
 * says so) and none in 2018; from 2019 to 2025 it gets, every year, one concluded application per
 * applicant type and per result row of table 三 (R6_2 only from 2021, when fees began), applications
 * received in December and concluded in January (carry-overs), and reconsiderations and lawsuits
 * with every result, some still pending at the year's end — so every cell of the 2021-format tables
 * is non-zero.</li>
 * <li>The 27 city and county bureaus get a few applications a year each, drawn at random (fixed seed).</li>
 * <li>Open applications received in the last weeks fill the console queue: some due soon, some overdue.</li>
 * </ul>
 * Every demo application has the query code {@value #QUERY_CODE}.
 */
@Component
class RequestsDemoData {

	private static final Logger log = LoggerFactory.getLogger(RequestsDemoData.class);

	/** The query code of every demo application. */
	static final String QUERY_CODE = "DEMO23";

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "马", "赵", "黄", "周", "吴", "徐", "孙",
			"胡", "朱", "高", "林", "何", "郭", "罗", "丁", "海", "纳", "田" };
	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
			"娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "建华", "玉梅", "志强", "海燕", "文博" };
	private static final String[] FIRMS = { "宁夏塞上建设工程有限公司", "银川新华商贸有限公司", "宁夏贺兰山葡萄酒业有限公司",
			"吴忠市利民物流有限公司", "宁夏六盘山生态农业有限公司" };
	private static final String[] INSTITUTES = { "宁夏社会科学院", "宁夏大学法学院", "北方民族大学公共管理学院" };
	private static final String[] CHARITIES = { "宁夏青少年发展基金会", "银川市助残志愿者协会", "宁夏慈善总会" };
	private static final String[] LAW_FIRMS = { "宁夏正大律师事务所", "宁夏塞上明珠律师事务所", "银川市法律援助中心" };
	private static final String[] OTHERS = { "银川市兴庆区某社区居民委员会", "宁夏某行业协会", "固原市某专业合作社" };
	private static final String[] DESCRIPTIONS = { "本机关近三年信访事项办理情况统计数据", "《宁夏回族自治区信访工作责任制实施细则》的制定说明",
			"本人所提信访事项的办理过程记录和答复意见书", "2018年以来信访听证会的举办情况", "网上信访投诉受理平台的建设和运维合同",
			"信访事项复查复核工作规程", "人民网地方领导留言板宁夏板块留言办理情况", "信访局内设机构职能和人员编制情况",
			"关于征地拆迁类信访事项的专项督查通报", "本机关政府信息公开工作年度报告所依据的统计台账", "领导接访日安排及接访记录",
			"某信访事项转送交办文件及承办单位回复", "信访工作经费预算及执行情况", "群众评议机关作风活动督导调研材料",
			"全区信访形势分析报告" };

	private final AgencyLookup agencies;
	private final CalendarManagement calendar;
	private final DataSource dataSource;
	private final Clock clock;

	private final PersonalDataCipher personalData;
	private final sunshine.shared.QueryCodes queryCodes;

	RequestsDemoData(AgencyLookup agencies, CalendarManagement calendar, DataSource dataSource, Clock clock,
			PersonalDataCipher personalData, sunshine.shared.QueryCodes queryCodes) {
		this.queryCodes = queryCodes;
		this.personalData = personalData;
		this.agencies = agencies;
		this.calendar = calendar;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/** One demo application before it is written. */
	private static final class Row {
		long id;
		long agencyId;
		String trackingCode;
		String channel;
		LocalDate receivedOn;
		ApplicantType type;
		String name;
		String idNumber;
		String creditCode;
		String phone;
		String address;
		String description;
		String status;
		LocalDate dueOn;
		LocalDate correctionOn;
		LocalDate supplementBy;
		LocalDate supplementOn;
		Integer extensionDays;
		LocalDate extendedOn;
		String feeMethod;
		Integer feeYuan;
		LocalDate feeOn;
		LocalDate payBy;
		LocalDate paidOn;
		Outcome outcome;
		LocalDate concludedOn;
		LocalDate closedOn;
		LocalDate consultFrom;
		LocalDate consultTo;
		List<Object[]> steps = new ArrayList<>();
	}

	private record RemedyRow(long agencyId, Long requestId, RemedyKind kind, LocalDate filedOn, RemedyResult result,
			LocalDate decidedOn) {
	}

	@EventListener
	void on(DemoData.RegionLoaded event) {
		long started = System.nanoTime();
		var jdbc = new JdbcTemplate(dataSource);
		WorkingCalendar workingCalendar = calendar.reload();
		LocalDate today = LocalDate.now(clock);
		var random = new Random(20170119L);
		var requestIds = new IdBlocks(jdbc, "disclosure_request_seq", postgres(jdbc));
		var remedyIds = new IdBlocks(jdbc, "request_remedy_seq", postgres(jdbc));
		List<Row> rows = new ArrayList<>();
		List<RemedyRow> remedies = new ArrayList<>();

		Agency region = agencies.byCode(DemoData.SEED_AGENCY).orElseThrow();
		for (int year = 2019; year <= 2025; year++) {
			int serial = 0;
			for (Outcome outcome : Outcome.values()) {
				if (outcome == Outcome.R6_2 && year < 2021) {
					continue;
				}
				for (ApplicantType type : ApplicantType.values()) {
					LocalDate received = workingDayIn(workingCalendar, year, 1 + (serial * 7 + type.ordinal() * 3) % 300);
					Row row = concluded(workingCalendar, random, requestIds, region.getId(), type, received, outcome, serial++);
					if (row.concludedOn.getYear() > year) {
						concludeOn(row, previousWorkingDay(workingCalendar, LocalDate.of(year, 12, 31)));
					}
					rows.add(row);
				}
			}
			// carried over: received in December, concluded in January
			for (ApplicantType type : ApplicantType.values()) {
				LocalDate received = workingCalendar.nextWorkingDayAfter(LocalDate.of(year, 12, 14 + type.ordinal()));
				Row row = concluded(workingCalendar, random, requestIds, region.getId(), type, received,
						type.ordinal() % 2 == 0 ? Outcome.R1 : Outcome.R2, serial++);
				concludeOn(row, workingCalendar.nextWorkingDayAfter(LocalDate.of(year + 1, 1, 5 + type.ordinal())));
				if (!row.concludedOn.isAfter(today)) {
					rows.add(row);
				}
			}
			// section 四: reconsiderations and lawsuits with every result, filed on this year's answers
			int thisYear = year;
			List<Row> answered = rows.stream().filter(r -> r.agencyId == region.getId() && r.receivedOn.getYear() == thisYear
					&& r.outcome != null && r.outcome.family() != Outcome.Family.DISCLOSED).toList();
			int pick = 0;
			for (RemedyKind kind : EnumSet.of(RemedyKind.RECONSIDERATION, RemedyKind.LITIGATION_DIRECT,
					RemedyKind.LITIGATION_AFTER_RECONSIDERATION)) {
				for (RemedyResult result : RemedyResult.values()) {
					Row target = answered.get((pick++ * 5) % answered.size());
					LocalDate filed = target.concludedOn.plusDays(20 + random.nextInt(30));
					if (filed.getYear() > year) {
						filed = LocalDate.of(year, 12, 20);
					}
					LocalDate decided = result == RemedyResult.PENDING ? null : filed.plusDays(40 + random.nextInt(40));
					remedies.add(new RemedyRow(region.getId(), target.id, kind, filed, result, decided));
				}
			}
			remedies.add(new RemedyRow(region.getId(), null, RemedyKind.COMPLAINT, LocalDate.of(year, 6, 18),
					RemedyResult.OTHER, LocalDate.of(year, 7, 20)));
		}

		// the city and county bureaus: a few applications a year each
		for (Agency agency : agencies.tree()) {
			if (agency.getId().equals(region.getId())) {
				continue;
			}
			for (int year = 2019; year <= 2025; year++) {
				int count = 2 + random.nextInt(agency.getDivisionCode().endsWith("00") ? 14 : 6);
				for (int i = 0; i < count; i++) {
					ApplicantType type = random.nextInt(3) == 0 ? ApplicantType.values()[1 + random.nextInt(5)]
							: ApplicantType.NATURAL_PERSON;
					Outcome outcome = randomOutcome(random, year);
					LocalDate received = workingDayIn(workingCalendar, year, 1 + random.nextInt(330));
					Row row = concluded(workingCalendar, random, requestIds, agency.getId(), type, received, outcome, i);
					if (!row.concludedOn.isAfter(today)) {
						rows.add(row);
					}
				}
				if (random.nextInt(4) == 0 && !rows.isEmpty()) {
					Row target = rows.get(rows.size() - 1);
					remedies.add(new RemedyRow(agency.getId(), target.id, RemedyKind.RECONSIDERATION,
							target.concludedOn.plusDays(30), RemedyResult.UPHELD, target.concludedOn.plusDays(90)));
				}
			}
		}

		// open applications for the queue, received in the last weeks
		List<Long> openAgencies = List.of(region.getId(), agencies.byCode("640100-xfj").orElseThrow().getId(),
				agencies.byCode("640104-xfj").orElseThrow().getId());
		String[] states = { "RECEIVED", "IN_PROGRESS", "IN_PROGRESS", "IN_CONSULTATION", "CORRECTION_REQUESTED",
				"IN_PROGRESS", "AWAITING_PAYMENT", "IN_PROGRESS", "RECEIVED", "IN_PROGRESS" };
		for (int i = 0; i < 18; i++) {
			LocalDate received = today;
			int back = 1 + (i * 3) % 28;
			for (int d = 0; d < back; d++) {
				received = previousWorkingDay(workingCalendar, received);
			}
			Row row = base(random, requestIds, openAgencies.get(i % openAgencies.size()),
					ApplicantType.values()[i % ApplicantType.values().length], received, i);
			row.status = states[i % states.length];
			row.dueOn = due(workingCalendar, row, today);
			switch (row.status) {
				case "IN_CONSULTATION" -> {
					row.consultFrom = workingCalendar.nextWorkingDayAfter(received);
					row.dueOn = due(workingCalendar, row, today);
				}
				case "CORRECTION_REQUESTED" -> {
					row.correctionOn = workingCalendar.nextWorkingDayAfter(received);
					row.supplementBy = row.correctionOn.plusDays(15);
				}
				case "AWAITING_PAYMENT" -> {
					if (!received.isBefore(ProcessingFee.EFFECTIVE)) {
						row.feeMethod = "PER_PAGE";
						row.feeYuan = ProcessingFee.perPage(120);
						row.feeOn = workingCalendar.nextWorkingDayAfter(received);
						row.payBy = workingCalendar.deadline(AnswerClock.paymentPlan(row.feeOn)).due();
						row.dueOn = due(workingCalendar, row, today);
					}
					else {
						row.status = "IN_PROGRESS";
					}
				}
				default -> {
				}
			}
			row.steps.add(step(row.receivedOn, "received", row.channel));
			rows.add(row);
		}

		write(jdbc, rows, remedies, remedyIds);
		log.info("Demo applications for disclosure: {} requests, {} remedies in {} ms", rows.size(), remedies.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private static Outcome randomOutcome(Random random, int year) {
		int roll = random.nextInt(100);
		if (roll < 45) {
			return Outcome.R1;
		}
		if (roll < 60) {
			return Outcome.R2;
		}
		if (roll < 75) {
			return Outcome.R4_1;
		}
		Outcome[] all = Outcome.values();
		Outcome pick = all[random.nextInt(all.length)];
		return pick == Outcome.R6_2 && year < 2021 ? Outcome.R6_1 : pick;
	}

	/** A concluded application with the facts its outcome implies, its due date and its history. */
	private Row concluded(WorkingCalendar workingCalendar, Random random, IdBlocks ids, long agencyId, ApplicantType type,
			LocalDate received, Outcome outcome, int serial) {
		Row row = base(random, ids, agencyId, type, received, serial);
		row.outcome = outcome;
		row.steps.add(step(received, "received", row.channel));
		LocalDate end = received;
		switch (outcome) {
			case R6_1 -> {
				row.correctionOn = workingCalendar.nextWorkingDayAfter(received);
				row.supplementBy = row.correctionOn.plusDays(15);
				end = row.supplementBy.plusDays(1);
				row.steps.add(step(row.correctionOn, "correction", "请补充所需信息的时间范围"));
				row.steps.add(step(end, "abandoned", null));
			}
			case R4_3 -> {
				row.correctionOn = workingCalendar.nextWorkingDayAfter(received);
				row.supplementBy = row.correctionOn.plusDays(15);
				row.supplementOn = row.correctionOn.plusDays(6);
				row.steps.add(step(row.correctionOn, "correction", "请补充所需信息的时间范围"));
				row.steps.add(step(row.supplementOn, "supplemented", null));
			}
			case R3_4 -> {
				row.consultFrom = workingCalendar.nextWorkingDayAfter(received.plusDays(2));
				row.consultTo = row.consultFrom.plusDays(12);
				row.steps.add(step(row.consultFrom, "consultation", "第三方：" + FIRMS[serial % FIRMS.length]));
				row.steps.add(step(row.consultTo, "consulted", null));
			}
			case R6_2 -> {
				row.feeMethod = "PER_REQUEST";
				row.feeYuan = ProcessingFee.perRequest(11 + serial % 30);
				row.feeOn = workingCalendar.nextWorkingDayAfter(received.plusDays(3));
				row.payBy = workingCalendar.deadline(AnswerClock.paymentPlan(row.feeOn)).due();
				end = row.payBy.plusDays(1);
				row.steps.add(step(row.feeOn, "feeNotified", null));
				row.steps.add(step(end, "feeLapsed", null));
			}
			default -> {
			}
		}
		if (serial % 9 == 4 && outcome != Outcome.R6_1 && outcome != Outcome.R6_2) {
			row.extensionDays = Regime.forReceipt(received).maxExtensionDays();
			row.extendedOn = workingCalendar.nextWorkingDayAfter(received.plusDays(14));
			row.steps.add(step(row.extendedOn, "extended", "经办公室主任同意"));
		}
		row.dueOn = due(workingCalendar, row, received);
		if (outcome != Outcome.R6_1 && outcome != Outcome.R6_2) {
			// answered some working days before the due date; one in eleven a little late
			int before = serial % 11 == 7 ? -2 : 1 + random.nextInt(8);
			LocalDate answer = row.dueOn;
			for (int i = 0; i < before; i++) {
				answer = previousWorkingDay(workingCalendar, answer);
			}
			for (int i = 0; i > before; i--) {
				answer = workingCalendar.nextWorkingDayAfter(answer);
			}
			end = answer.isAfter(received) ? answer : workingCalendar.nextWorkingDayAfter(received);
			if (row.supplementOn != null && !end.isAfter(row.supplementOn)) {
				end = workingCalendar.nextWorkingDayAfter(row.supplementOn);
			}
			if (row.consultTo != null && !end.isAfter(row.consultTo)) {
				end = workingCalendar.nextWorkingDayAfter(row.consultTo);
			}
			row.steps.add(step(end, outcome == Outcome.R6_3 ? "withdrawn" : "answered", outcome.name()));
		}
		row.concludedOn = end;
		row.status = outcome == Outcome.R6_3 ? "WITHDRAWN" : "CLOSED";
		if (row.status.equals("CLOSED")) {
			row.closedOn = end.plusDays(7);
			row.steps.add(step(row.closedOn, "closed", null));
		}
		return row;
	}

	/** Moves the conclusion (and the filing a week later) to {@code day}, keeping the history in step. */
	private static void concludeOn(Row row, LocalDate day) {
		row.steps.removeIf(step -> List.of("answered", "withdrawn", "abandoned", "feeLapsed", "closed").contains(step[1]));
		row.concludedOn = day;
		String last = switch (row.outcome) {
			case R6_1 -> "abandoned";
			case R6_2 -> "feeLapsed";
			case R6_3 -> "withdrawn";
			default -> "answered";
		};
		row.steps.add(step(day, last, row.outcome.name()));
		if (row.closedOn != null) {
			row.closedOn = day.plusDays(7);
			row.steps.add(step(row.closedOn, "closed", null));
		}
	}

	private Row base(Random random, IdBlocks ids, long agencyId, ApplicantType type, LocalDate received, int serial) {
		Row row = new Row();
		row.id = ids.next();
		row.agencyId = agencyId;
		row.trackingCode = TrackingCodes.trackingCode(DisclosureRequestManagement.TRACKING_PREFIX, received.getYear());
		String[] channels = { "ONLINE", "ONLINE", "ONLINE", "IN_PERSON", "REGISTERED_MAIL", "ORDINARY_MAIL", "EMAIL", "FAX" };
		row.channel = channels[random.nextInt(channels.length)];
		row.receivedOn = received;
		row.type = type;
		row.phone = "139" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
		row.address = "宁夏回族自治区银川市兴庆区解放西街" + (1 + random.nextInt(500)) + "号";
		row.description = DESCRIPTIONS[(serial + random.nextInt(DESCRIPTIONS.length)) % DESCRIPTIONS.length];
		switch (type) {
			case NATURAL_PERSON -> {
				row.name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
				String first17 = "6401" + String.format(Locale.ROOT, "%02d", 4 + random.nextInt(3))
						+ (1955 + random.nextInt(45)) + String.format(Locale.ROOT, "%02d%02d", 1 + random.nextInt(12),
								1 + random.nextInt(28)) + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
				row.idNumber = first17 + ChineseIdNumber.checkCharacter(first17);
			}
			default -> {
				String[] names = switch (type) {
					case COMMERCIAL_ENTERPRISE -> FIRMS;
					case RESEARCH_INSTITUTION -> INSTITUTES;
					case PUBLIC_INTEREST_ORGANISATION -> CHARITIES;
					case LEGAL_SERVICE_INSTITUTION -> LAW_FIRMS;
					default -> OTHERS;
				};
				row.name = names[random.nextInt(names.length)];
				String first17 = "916401" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)) + "MA"
						+ (char) ('A' + random.nextInt(8));
				row.creditCode = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
			}
		}
		return row;
	}

	/** The answer period as {@link AnswerClock} would plan it for these facts. */
	private LocalDate due(WorkingCalendar workingCalendar, Row row, LocalDate today) {
		ClockPlan plan = ClockPlan.startingOn(row.receivedOn, Regime.forReceipt(row.receivedOn).answerLimit());
		if (row.supplementOn != null) {
			plan = plan.restartedOn(row.supplementOn, "补正后的申请收到（第三十条）");
		}
		if (row.consultFrom != null) {
			LocalDate last = row.consultTo != null ? row.consultTo : (today.isAfter(row.consultFrom) ? today : row.consultFrom);
			plan = plan.pausedBetween(row.consultFrom, last, "征求第三方意见（第三十二条）");
		}
		if (row.feeOn != null) {
			LocalDate last = row.paidOn != null ? row.paidOn : (today.isAfter(row.feeOn) ? today : row.feeOn);
			plan = plan.pausedBetween(row.feeOn, last, "缴纳信息处理费期间");
		}
		if (row.extensionDays != null) {
			plan = plan.extendedBy(TimeLimit.workingDays(row.extensionDays), "延期答复");
		}
		return calendar.deadline(plan).due();
	}

	private static Object[] step(LocalDate on, String step, String note) {
		return new Object[] { on, step, note };
	}

	private static LocalDate workingDayIn(WorkingCalendar calendar, int year, int dayOfYear) {
		LocalDate day = LocalDate.ofYearDay(year, Math.min(dayOfYear, 340));
		return calendar.isWorkingDay(day) ? day : calendar.nextWorkingDayAfter(day);
	}

	private static LocalDate previousWorkingDay(WorkingCalendar calendar, LocalDate day) {
		LocalDate previous = day.minusDays(1);
		while (!calendar.isWorkingDay(previous)) {
			previous = previous.minusDays(1);
		}
		return previous;
	}

	private void write(JdbcTemplate jdbc, List<Row> rows, List<RemedyRow> remedies, IdBlocks remedyIds) {
		// office hours on the agencies' clock, whatever the zone of the JVM or of the injected clock
		ZoneId zone = sunshine.shared.Times.ZONE;
		jdbc.batchUpdate("""
				insert into disclosure_request (id, agency_id, tracking_code, query_code_hash, channel, arrived_on, received_on,
				  regime, applicant_type, applicant_name, id_type, id_number, credit_code, contact_person, phone, address, email,
				  applicant_key, description, purpose, delivery, status, due_on, due_derivation, calendar_complete,
				  correction_requested_on, correction_note, supplement_by, supplement_received_on, extension_days,
				  extension_approved_by, extension_reason, extended_on, agency_set_due_on, fee_method, fee_yuan, fee_notified_on,
				  fee_pay_by, fee_paid_on, outcome, answer_text, concluded_on, closed_on, created_at, phone_index, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""", rows, 500, (ps, r) -> {
			boolean person = r.type == ApplicantType.NATURAL_PERSON;
			int i = 1;
			ps.setLong(i++, r.id);
			ps.setLong(i++, r.agencyId);
			ps.setString(i++, r.trackingCode);
			ps.setString(i++, queryCodes.hash(r.trackingCode, QUERY_CODE));
			ps.setString(i++, r.channel);
			ps.setObject(i++, date(r.receivedOn));
			ps.setObject(i++, date(r.receivedOn));
			ps.setString(i++, Regime.forReceipt(r.receivedOn).name());
			ps.setString(i++, r.type.name());
			ps.setString(i++, personalData.encrypt(r.name));
			ps.setString(i++, person ? "居民身份证" : null);
			ps.setString(i++, personalData.encrypt(r.idNumber));
			ps.setString(i++, personalData.encrypt(r.creditCode));
			ps.setString(i++, person ? null : personalData.encrypt("王经办"));
			ps.setString(i++, personalData.encrypt(r.phone));
			ps.setString(i++, personalData.encrypt(r.address));
			ps.setString(i++, null);
			ps.setString(i++, personalData.blindIndex(person ? "P:" + r.idNumber : "O:" + r.creditCode));
			ps.setString(i++, r.description);
			ps.setString(i++, null);
			ps.setString(i++, "PAPER");
			ps.setString(i++, r.status);
			ps.setObject(i++, date(r.dueOn));
			ps.setString(i++, null);
			ps.setBoolean(i++, true);
			ps.setObject(i++, date(r.correctionOn));
			ps.setString(i++, r.correctionOn == null ? null : "请补充所需信息的时间范围");
			ps.setObject(i++, date(r.supplementBy));
			ps.setObject(i++, date(r.supplementOn));
			ps.setObject(i++, r.extensionDays);
			ps.setString(i++, r.extensionDays == null ? null : "刘志强");
			ps.setString(i++, r.extensionDays == null ? null : "涉及多个处室，需要调取档案");
			ps.setObject(i++, date(r.extendedOn));
			ps.setObject(i++, null);
			ps.setString(i++, r.feeMethod);
			ps.setObject(i++, r.feeYuan);
			ps.setObject(i++, date(r.feeOn));
			ps.setObject(i++, date(r.payBy));
			ps.setObject(i++, date(r.paidOn));
			ps.setString(i++, r.outcome == null ? null : r.outcome.name());
			ps.setString(i++, r.outcome == null ? null : answerText(r.outcome));
			ps.setObject(i++, date(r.concludedOn));
			ps.setObject(i++, date(r.closedOn));
			ps.setObject(i++, r.receivedOn.atTime(LocalTime.of(9, 30)).atZone(zone).toOffsetDateTime());
			ps.setString(i++, personalData.phoneIndex(r.phone));
		});
		List<Object[]> steps = new ArrayList<>();
		List<Object[]> stops = new ArrayList<>();
		for (Row r : rows) {
			for (int s = 0; s < r.steps.size(); s++) {
				Object[] step = r.steps.get(s);
				LocalDate on = (LocalDate) step[0];
				steps.add(new Object[] { r.id, s, on.atTime(LocalTime.of(10, 0)).atZone(zone).toOffsetDateTime(),
						date(on), step[1], step[2], "registrar" });
			}
			int index = 0;
			if (r.consultFrom != null) {
				stops.add(new Object[] { r.id, index++, "THIRD_PARTY", FIRMS[(int) (r.id % FIRMS.length)], date(r.consultFrom),
						date(r.consultTo) });
			}
			if (r.feeOn != null) {
				stops.add(new Object[] { r.id, index, "FEE_PAYMENT", null, date(r.feeOn),
						date(r.outcome == Outcome.R6_2 ? r.concludedOn : r.paidOn) });
			}
		}
		jdbc.batchUpdate("""
				insert into disclosure_request_step (request_id, step_index, occurred_at, on_day, step, note, actor)
				values (?, ?, ?, ?, ?, ?, ?)
				""", steps);
		jdbc.batchUpdate("""
				insert into disclosure_request_stop (request_id, stop_index, kind, party, first_day, last_day)
				values (?, ?, ?, ?, ?, ?)
				""", stops);
		List<Object[]> remedyRows = new ArrayList<>();
		for (RemedyRow m : remedies) {
			remedyRows.add(new Object[] { remedyIds.next(), m.agencyId(), m.requestId(), m.kind().name(), date(m.filedOn()),
					m.result().name(), date(m.decidedOn()), null });
		}
		jdbc.batchUpdate("""
				insert into request_remedy (id, agency_id, request_id, kind, filed_on, result, decided_on, note, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0)
				""", remedyRows);
	}

	private static String answerText(Outcome outcome) {
		return switch (outcome.family()) {
			case DISCLOSED -> "所申请信息已通过邮寄方式提供，请查收。";
			case PARTLY_DISCLOSED -> "可以公开的部分已提供；涉及个人隐私的部分不予公开。";
			default -> null;
		};
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private static boolean postgres(JdbcTemplate jdbc) {
		return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
				.toLowerCase(Locale.ROOT).contains("postgres")));
	}

	/**
	 * Ids from a sequence in the blocks Hibernate's pooled optimizer uses ({@code increment by 50}):
	 * a sequence value N stands for the ids N-49 … N, so demo rows never collide with ids the
	 * application allocates later.
	 */
	private static final class IdBlocks {

		private final JdbcTemplate jdbc;
		private final String sql;
		private long next;
		private long last = -1;

		IdBlocks(JdbcTemplate jdbc, String sequence, boolean postgres) {
			this.jdbc = jdbc;
			this.sql = postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
		}

		long next() {
			if (next > last) {
				long value = jdbc.queryForObject(sql, Long.class);
				if (value < 50) {
					value = jdbc.queryForObject(sql, Long.class);
				}
				last = value;
				next = value - 49;
			}
			return next++;
		}
	}
}
