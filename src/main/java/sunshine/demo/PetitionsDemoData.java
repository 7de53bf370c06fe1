package sunshine.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.ResponsibleUnit;
import sunshine.petitions.Channel;
import sunshine.petitions.PersonalData;
import sunshine.petitions.PetitionTimeLimits;
import sunshine.petitions.Rating;
import sunshine.petitions.ReviewLevel;
import sunshine.shared.ChineseIdNumber;
import sunshine.shared.TrackingCodes;
import sunshine.shared.PersonalDataCipher;

/**
 * Petitions of the demo region, 2016 to the present, for all 28 bureaus and every channel and
 * outcome, reproducing the seed agency's 2017 report:
 *
 * <ul>
 * <li>the leader message board of 宁夏回族自治区信访局 received 213 items in 2017 (100 in the first
 * half, 113 in the second); 202 were answered by 2017-12-31 and the 11 received from 20 December on
 * were answered in January 2018 — reply rate 202 / 213 = 0.94836… ≈ 94.8 %;</li>
 * <li>first half of 2017 against the first half of 2016, all 28 bureaus: 2 500 petitions → 1 600,
 * (1 600 − 2 500) / 2 500 = −0.36 = −36 %; online petitions (网上投诉, 领导留言板, 手机/微信)
 * 100 → 357, (357 − 100) / 100 = +2.57 = +257 %. In 2016 only the message board (30) and the online
 * complaint form (70) existed; the mobile app and the WeChat account opened in 2017.</li>
 * </ul>
 *
 * Every other half-year has plausible volumes (the table {@link #HALVES}); dates, channels, units,
 * outcomes, deadlines (from {@link PetitionTimeLimits}), ratings and personal data are drawn from a
 * fixed random seed, so every start produces the same records. Inserted in JDBC batches.
 */
@Component
class PetitionsDemoData {

	private static final Logger log = LoggerFactory.getLogger(PetitionsDemoData.class);

	/** year, half (1|2), all petitions of the 28 bureaus, of which online, of which the region's message board. */
	record Half(int year, int half, int total, int online, int regionBoard) {
	}

	static final List<Half> HALVES = List.of(
			new Half(2016, 1, 2500, 100, 30), new Half(2016, 2, 2300, 160, 40),
			new Half(2017, 1, 1600, 357, 100), new Half(2017, 2, 1500, 430, 113),
			new Half(2018, 1, 1450, 520, 110), new Half(2018, 2, 1400, 560, 120),
			new Half(2019, 1, 1380, 600, 115), new Half(2019, 2, 1350, 640, 125),
			new Half(2020, 1, 1200, 620, 120), new Half(2020, 2, 1250, 680, 130),
			new Half(2021, 1, 1220, 700, 125), new Half(2021, 2, 1200, 720, 130),
			new Half(2022, 1, 1180, 730, 120), new Half(2022, 2, 1150, 740, 125),
			new Half(2023, 1, 1150, 760, 118), new Half(2023, 2, 1120, 770, 122),
			new Half(2024, 1, 1100, 780, 115), new Half(2024, 2, 1080, 790, 120),
			new Half(2025, 1, 1050, 800, 110), new Half(2025, 2, 1020, 810, 115),
			new Half(2026, 1, 1000, 800, 105), new Half(2026, 2, 960, 780, 100),
			new Half(2027, 1, 950, 780, 100), new Half(2027, 2, 940, 780, 100));

	static final String REGION = "640000-xfj";
	static final LocalDate BOARD_2017_LATE = LocalDate.of(2017, 12, 20);

	private static final String[][] TOPICS = {
			{ "URBAN_DEMOLITION", "征收补偿款迟迟未到位", "棚户区改造安置房交付延期", "拆迁评估价格明显偏低" },
			{ "URBAN_HOUSING", "小区物业不作为供暖不达标", "公租房申请长期无结果", "商品房逾期交房无法办证" },
			{ "URBAN_WAGES", "工地拖欠农民工工资", "劳务公司拒付工程款", "年底讨薪无门请求帮助" },
			{ "LABOUR_PENSION", "养老保险缴费年限认定有误", "退休待遇核定过低", "灵活就业人员社保补缴问题" },
			{ "LABOUR_DISPUTE", "单位违法解除劳动合同", "工伤认定久拖不决", "企业未签劳动合同" },
			{ "LAND_CONTRACT", "土地承包经营权被侵占", "宅基地确权纠纷", "流转土地租金未兑现" },
			{ "RURAL_SUBSIDY", "惠农补贴发放不到位", "移民搬迁后续扶持问题", "农业灌溉用水分配不公" },
			{ "LAW_POLICE", "报警后案件久拖未立案", "交通事故处理不公", "派出所户籍迁移办理难" },
			{ "HEALTH_MEDICAL", "医疗纠纷赔偿问题", "乡村医生待遇落实", "医保报销比例咨询" },
			{ "EDUCATION_SCHOOL", "子女入学划片不合理", "乡村教师工资待遇", "学校乱收费问题" },
			{ "CIVIL_ASSISTANCE", "低保资格被取消", "残疾人补贴未发放", "高龄津贴申请问题" },
			{ "ENVIRONMENT_POLLUTION", "工厂夜间排放异味", "养殖场污染水源", "建筑工地噪音扰民" },
			{ "OTHER_CONSULT", "信访事项办理程序咨询", "复查复核程序咨询", "政策解读咨询" },
			{ "OTHER_SUGGESTION", "关于改进网上信访平台的建议", "关于优化接访大厅服务的建议", "关于公交线路调整的建议" } };

	private static final String SURNAMES = "王李张刘陈杨马赵黄周吴徐孙胡朱高林何郭罗丁海田金白";
	private static final String GIVEN = "建国海涛晓燕志强慧敏文静丽娟卫东小明永红春花玉兰德福学军秀英国庆";

	private final JdbcTemplate jdbc;
	private final AgencyLookup agencies;
	private final PetitionTimeLimits limits;
	private final Clock clock;

	private final PersonalDataCipher personalData;

	PetitionsDemoData(JdbcTemplate jdbc, AgencyLookup agencies, PetitionTimeLimits limits, Clock clock,
			PersonalDataCipher personalData) {
		this.personalData = personalData;
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.limits = limits;
		this.clock = clock;
	}

	@EventListener
	void on(DemoData.RegionLoaded loaded) {
		long started = System.nanoTime();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
		var generator = new Generator(today);
		for (Half half : HALVES) {
			generator.half(half);
		}
		generator.flush();
		long next = generator.nextId + 100;
		jdbc.execute("alter sequence petition_seq restart with " + next);
		log.info("Demo petitions: {} records in {} ms", generator.nextId - 1, (System.nanoTime() - started) / 1_000_000);
	}

	private final class Generator {

		final Random random = new Random(2017);
		final LocalDate today;
		final List<Agency> all = agencies.tree();
		final Agency region = all.stream().filter(a -> a.getCode().equals(REGION)).findFirst().orElseThrow();
		final java.util.Map<Long, List<ResponsibleUnit>> units = new java.util.HashMap<>();
		final Set<String> codes = new HashSet<>();
		final List<Object[]> rows = new ArrayList<>();
		final List<Object[]> steps = new ArrayList<>();
		long nextId = 1;

		Generator(LocalDate today) {
			this.today = today;
			for (Agency agency : all) {
				units.put(agency.getId(), agencies.unitsOf(agency.getId()));
			}
		}

		void half(Half half) {
			LocalDate first = LocalDate.of(half.year(), half.half() == 1 ? 1 : 7, 1);
			LocalDate last = half.half() == 1 ? LocalDate.of(half.year(), 6, 30) : LocalDate.of(half.year(), 12, 31);
			if (!first.isBefore(today)) {
				return;
			}
			double share = 1.0;
			if (!last.isBefore(today)) {
				share = (double) ChronoUnit.DAYS.between(first, today) / (ChronoUnit.DAYS.between(first, last) + 1);
				last = today.minusDays(1);
			}
			int total = (int) Math.round(half.total() * share);
			int online = (int) Math.round(half.online() * share);
			int board = (int) Math.round(half.regionBoard() * share);
			boolean special2017 = half.year() == 2017 && half.half() == 2;
			for (int i = 0; i < board; i++) {
				LocalDate received;
				if (special2017 && i >= board - 11) {
					received = BOARD_2017_LATE.plusDays(random.nextInt(10));
				}
				else if (special2017) {
					received = day(first, LocalDate.of(2017, 12, 15));
				}
				else {
					received = day(first, last);
				}
				boardItem(received, special2017 && i >= board - 11);
			}
			boolean mobileExists = half.year() >= 2017;
			for (int i = 0; i < online - board; i++) {
				Channel channel = mobileExists && random.nextInt(100) < 45 ? Channel.MOBILE : Channel.ONLINE_COMPLAINT;
				item(pickAgency(), channel, day(first, last));
			}
			for (int i = 0; i < total - online; i++) {
				int c = random.nextInt(100);
				Channel channel = c < 45 ? Channel.LETTER : c < 85 ? Channel.VISIT : Channel.PHONE;
				item(pickAgency(), channel, day(first, last));
			}
			if (rows.size() > 2000) {
				flush();
			}
		}

		Agency pickAgency() {
			int r = random.nextInt(100);
			if (r < 8) {
				return region;
			}
			List<Agency> cities = all.stream().filter(a -> a.getParentId() != null && a.getParentId().equals(region.getId()))
					.toList();
			if (r < 38) {
				return cities.get(random.nextInt(cities.size()));
			}
			List<Agency> counties = all.stream().filter(a -> a.getParentId() != null && !a.getParentId().equals(region.getId()))
					.toList();
			return counties.get(random.nextInt(counties.size()));
		}

		LocalDate day(LocalDate first, LocalDate last) {
			long span = ChronoUnit.DAYS.between(first, last) + 1;
			return first.plusDays(random.nextInt((int) span));
		}

		/** A message to the region's leaders: accepted the day it is downloaded, assigned the next day. */
		void boardItem(LocalDate received, boolean answeredNextYear) {
			var r = new Row(region, Channel.MESSAGE_BOARD, received);
			r.acceptedOn = received;
			r.assignedOn = received.plusDays(1);
			r.unit = unitOf(region);
			r.due = limits.boardReport(r.assignedOn).due();
			r.completionDue = limits.completion(received, received, ReviewLevel.FIRST).due();
			LocalDate answered = answeredNextYear ? LocalDate.of(2018, 1, 3).plusDays(random.nextInt(10))
					: r.assignedOn.plusDays(2 + random.nextInt(9));
			if (answered.isBefore(today)) {
				r.answer(answered, !answered.isAfter(r.due));
			}
			else {
				r.open();
			}
			r.write();
		}

		void item(Agency agency, Channel channel, LocalDate received) {
			var r = new Row(agency, channel, received);
			long age = ChronoUnit.DAYS.between(received, today);
			int outcome = random.nextInt(100);
			if (outcome < 5 && age > 16) {
				r.refusal = random.nextBoolean() ? "属于应当通过诉讼程序解决的事项，不予受理" : "已经或者依法应当通过仲裁解决，不予受理";
				r.status = "NOT_ACCEPTED";
				r.answer(received.plusDays(3 + random.nextInt(12)), true);
				r.status = age > 400 ? "ARCHIVED" : "NOT_ACCEPTED";
				r.write();
				return;
			}
			if (outcome < 8 && age > 12) {
				r.transferredTo = agency.getParentId() == null ? "宁夏回族自治区人民政府" : "上级信访部门";
				r.status = "TRANSFERRED";
				r.answer(received.plusDays(2 + random.nextInt(9)), true);
				r.status = age > 400 ? "ARCHIVED" : "TRANSFERRED";
				r.write();
				return;
			}
			if (age < 3) {
				r.open();
				r.write();
				return;
			}
			r.acceptedOn = received.plusDays(1 + random.nextInt(Math.min(5, (int) age - 1)));
			r.completionDue = limits.completion(r.acceptedOn, received, ReviewLevel.FIRST).due();
			r.due = r.completionDue;
			if (!r.acceptedOn.plusDays(1).isBefore(today)) {
				r.status = "ACCEPTED";
				r.open();
				r.write();
				return;
			}
			r.assignedOn = r.acceptedOn.plusDays(1);
			r.unit = unitOf(agency);
			int late = random.nextInt(100);
			LocalDate answered = r.acceptedOn.plusDays(late < 91 ? 10 + random.nextInt(48) : 61 + random.nextInt(25));
			if (late >= 91 && random.nextBoolean()) {
				// 第三十四条: complex cases extended by up to 30 days with the head's approval
				r.extensionDays = 30;
				r.completionDue = limits.extendedCompletion(r.acceptedOn, received, 30).due();
				r.due = r.completionDue;
			}
			if (answered.isBefore(today) && !(age < 75 && random.nextInt(100) < 40)) {
				r.answer(answered, !answered.isAfter(r.completionDue));
			}
			else {
				r.open();
			}
			r.write();
		}

		ResponsibleUnit unitOf(Agency agency) {
			List<ResponsibleUnit> list = units.get(agency.getId());
			return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
		}

		/** The row with the petitioner's name, identity number, phone and address encrypted, and the blind indexes of the two numbers. */
		private Object[] encrypted(Object[] row) {
			Object[] out = java.util.Arrays.copyOf(row, row.length + 2);
			String idNumber = (String) row[11];
			out[row.length + 1] = personalData.phoneIndex((String) row[12]);
			for (int i = 10; i <= 13; i++) {
				out[i] = personalData.encrypt((String) row[i]);
			}
			out[row.length] = idNumber == null ? null : personalData.blindIndex(idNumber);
			return out;
		}

		void flush() {
			if (!rows.isEmpty()) {
				jdbc.batchUpdate("""
						insert into petition (id, version, agency_id, tracking_code, query_code_hash, channel, status,
						  review_level, category_code, title, content, petitioner_name, id_number, phone, address,
						  visitors, received_on, received_at, acceptance_due, accepted_on, unit_id, unit_name,
						  assigned_on, due_on, completion_due, extension_days, refusal_reason, transferred_to, reply,
						  public_reply, published, answered_on, answered_on_time, rating, rated_on, next_level_requested,
						  archived_on, previous_id, publication_consent, public_title, public_content, id_number_index, phone_index)
						values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
						  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""", rows.stream().map(this::encrypted).toList());
				rows.clear();
			}
			if (!steps.isEmpty()) {
				jdbc.batchUpdate("""
						insert into petition_step (petition_id, seq, occurred_at, step, action, actor, note, due_on,
						  visible_to_citizen) values (?, ?, ?, ?, ?, ?, ?, ?, true)
						""", steps);
				steps.clear();
			}
		}

		/** One demo petition being put together. */
		final class Row {
			final long id = nextId++;
			final Agency agency;
			final Channel channel;
			final LocalDate received;
			String[] topic = TOPICS[random.nextInt(TOPICS.length)];
			String title = topic[1 + random.nextInt(3)];
			final int given = 2 * random.nextInt(GIVEN.length() / 2);
			String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.substring(given, given + 2);
			String idNumber;
			String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
			String status = "REGISTERED";
			ReviewLevel level = ReviewLevel.FIRST;
			Long previousId;
			int extensionDays;
			LocalDate acceptedOn;
			LocalDate assignedOn;
			LocalDate due;
			LocalDate completionDue;
			ResponsibleUnit unit;
			String refusal;
			String transferredTo;
			String reply;
			LocalDate answeredOn;
			Boolean onTime;
			Rating rating;
			LocalDate ratedOn;
			LocalDate archivedOn;

			Row(Agency agency, Channel channel, LocalDate received) {
				this.agency = agency;
				this.channel = channel;
				this.received = received;
			}

			void open() {
				if (assignedOn != null) {
					int s = random.nextInt(100);
					status = s < 15 ? "ASSIGNED" : s < 70 ? "IN_HANDLING" : s < 85 ? "UNDER_REVIEW"
							: s < 95 ? "AWAITING_SIGNATURE" : "SIGNED";
				}
				else if (acceptedOn != null) {
					status = "ACCEPTED";
				}
			}

			void answer(LocalDate on, boolean inTime) {
				answeredOn = on;
				onTime = inTime;
				if (refusal == null && transferredTo == null) {
					reply = "您反映的“" + title + "”问题，经" + (unit == null ? agency.getName() : unit.getName())
							+ "调查核实，已依法依规作出处理，具体情况已书面告知。感谢您对信访工作的理解和支持。";
					long sinceAnswer = ChronoUnit.DAYS.between(on, today);
					status = sinceAnswer < 45 ? "REPLIED" : sinceAnswer < 300 ? "ANALYSED" : "ARCHIVED";
					if (status.equals("ARCHIVED")) {
						archivedOn = on.plusDays(90 + random.nextInt(60));
						if (!archivedOn.isBefore(today)) {
							archivedOn = today.minusDays(1);
						}
					}
					if (random.nextInt(100) < 70) {
						LocalDate rated = on.plusDays(1 + random.nextInt(20));
						if (rated.isBefore(today)) {
							int s = random.nextInt(100);
							rating = s < 62 ? Rating.SATISFIED : s < 89 ? Rating.BASICALLY_SATISFIED : Rating.UNSATISFIED;
							ratedOn = rated;
						}
					}
				}
				due = null;
			}

			void write() {
				String code;
				do {
					code = TrackingCodes.trackingCode("XF", received.getYear());
				}
				while (!codes.add(code));
				if (idNumber == null) {
					String first17 = agency.getDivisionCode() + (1950 + random.nextInt(50)) + String.format("%02d%02d%03d",
							1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
					idNumber = first17 + ChineseIdNumber.checkCharacter(first17);
				}
				int visitors = channel == Channel.VISIT ? (random.nextInt(100) < 8 ? 5 + random.nextInt(26)
						: 1 + random.nextInt(3)) : 0;
				LocalDate acceptanceDue = limits.acceptance(received).due();
				// 是否公开: three in four online petitioners agree (by the id, so the random draws stay as they were).
				boolean consent = channel.isOnline() && id % 4 != 0;
				String shownTitle = level == ReviewLevel.FIRST ? title : "【复查】" + title;
				String message = "信访人反映：" + title + "，请求有关部门依法处理。";
				String address = agency.getShortName().replace("信访局", "") + "某小区";
				boolean published = consent && reply != null;
				String publicReply = published ? PersonalData.redact(reply, name, idNumber, phone, address) : null;
				Row review = reviewOf();
				rows.add(new Object[] { id, agency.getId(), code, sunshine.shared.QueryCodes.UNUSABLE, channel.name(), status, level.name(),
						topic[0], shownTitle, message, name, idNumber, phone, address, visitors, received,
						received.atTime(9, 30).atOffset(ZoneOffset.ofHours(8)).withOffsetSameInstant(ZoneOffset.UTC),
						acceptanceDue, acceptedOn, unit == null ? null : unit.getId(), unit == null ? null : unit.getName(),
						assignedOn, answeredOn == null ? (due == null ? acceptanceDue : due) : null, completionDue,
						extensionDays, refusal, transferredTo, reply, publicReply, published, answeredOn, onTime,
						rating == null ? null : rating.name(), ratedOn, review != null, archivedOn, previousId, consent,
						published ? PersonalData.redact(shownTitle, name, idNumber, phone, address) : null,
						published ? PersonalData.redact(message, name, idNumber, phone, address) : null });
				OffsetDateTime at = received.atTime(9, 30).atOffset(ZoneOffset.ofHours(8));
				steps.add(new Object[] { id, 0, at, "REGISTER_AND_ASSIGN", "register", "registrar", null, acceptanceDue });
				if (answeredOn != null) {
					String action = refusal != null ? "reject" : transferredTo != null ? "transfer" : "reply";
					String step = refusal != null || transferredTo != null ? "REGISTER_AND_ASSIGN" : "REPLY";
					steps.add(new Object[] { id, 1, answeredOn.atTime(16, 0).atOffset(ZoneOffset.ofHours(8)), step, action,
							"registrar", refusal != null ? refusal : transferredTo, null });
				}
				if (review != null) {
					review.write();
				}
			}

			/**
			 * From 2019 on, about a third of the unsatisfied petitioners of a city or county bureau ask the
			 * bureau above for 复查 within the 30 days.
			 */
			Row reviewOf() {
				if (level != ReviewLevel.FIRST || rating != Rating.UNSATISFIED || received.getYear() < 2019
						|| agency.getParentId() == null || random.nextInt(100) >= 35) {
					return null;
				}
				LocalDate asked = answeredOn.plusDays(3 + random.nextInt(25));
				if (!asked.isBefore(today)) {
					return null;
				}
				Agency parent = all.stream().filter(a -> a.getId().equals(agency.getParentId())).findFirst().orElseThrow();
				var review = new Row(parent, channel, asked);
				review.level = ReviewLevel.REVIEW;
				review.topic = topic;
				review.title = title;
				review.name = name;
				review.idNumber = idNumber;
				review.phone = phone;
				review.previousId = id;
				review.acceptedOn = asked;
				review.completionDue = limits.completion(asked, asked, ReviewLevel.REVIEW).due();
				review.due = review.completionDue;
				review.assignedOn = asked.plusDays(1);
				review.unit = unitOf(parent);
				LocalDate decided = asked.plusDays(8 + random.nextInt(22));
				if (decided.isBefore(today)) {
					review.answer(decided, !decided.isAfter(review.completionDue));
				}
				else {
					review.open();
				}
				return review;
			}
		}
	}
}
