package sunshine.petitions;

import java.util.List;
import java.util.Random;

/**
 * Generated petition matters for the repeat-petition tests (重复信访): a matter is a place, a party, a
 * complaint and a demand; each channel tells it in its own words and order, as a letter, a visit record, a
 * phone record or a message on the board would. Two matters drawn apart share no place, party or complaint.
 */
final class Matters {

	static final List<String> PLACES = List.of("兴庆区丽景街道幸福家园小区", "金凤区黄河东路阅海万家小区", "西夏区怀远路宁大北门",
			"永宁县杨和镇纳家户村", "贺兰县习岗镇银河花园", "灵武市东塔镇新华桥", "大武口区朝阳街道星海湾小区", "利通区金积镇秦渠村",
			"原州区开城镇青石村", "沙坡头区文昌镇滨河家园");
	static final List<String> PARTIES = List.of("物业公司", "开发商", "施工单位", "烧烤店", "养殖场", "自来水公司", "劳务公司",
			"驾校", "幼儿园", "供热公司");
	static final List<String> COMPLAINTS = List.of("电梯坏了三个月没人修", "拖欠工程款和农民工工资十二万元", "夜里施工噪音吵得老人孩子睡不着",
			"油烟直排进居民楼窗户", "粪污直接排到灌溉渠里", "停水一周也不发通知", "不给办理房产证", "收了学费不退也不安排考试",
			"冬季供暖温度一直达不到十八度", "私自占用小区绿地建停车场");
	/** The same complaints in other words, as a petitioner telling it again would put them. */
	static final List<String> COMPLAINTS_AGAIN = List.of("电梯三个月了一直坏着没人来修", "十二万元工程款和农民工工资一直拖着不给",
			"半夜还在施工，噪音让老人孩子没法睡觉", "油烟直接排到居民楼窗户里", "把粪污排进灌溉渠", "一周停水还不通知", "房产证一直不给办",
			"学费收了不退，考试也不安排", "冬天暖气温度始终不到十八度", "占了小区绿地私自建停车场");
	static final List<String> DEMANDS = List.of("恳请尽快督促整改", "希望政府帮忙讨个说法", "请有关部门依法查处", "要求退还费用并赔偿损失",
			"请领导过问一下");

	/** One matter: what it is about, independent of how it is told. */
	record Matter(String place, String party, String complaint, String demand) {

		/**
		 * The title and content as a channel tells the matter; {@code variant} picks among that channel's wordings,
		 * an odd one tells the complaint in other words.
		 */
		String[] told(Channel channel, int variant) {
			String complaint = variant % 2 == 0 ? this.complaint : COMPLAINTS_AGAIN.get(COMPLAINTS.indexOf(this.complaint));
			return switch (channel) {
				case LETTER -> new String[] { place + party + complaint,
						"尊敬的领导：我是" + place + "的居民，" + party + complaint + "，我们找过多次都没有结果，" + demand + "。此致敬礼" };
				case VISIT -> new String[] { "来访反映" + party + "问题",
						"来访人称：" + party + complaint + "，地点在" + place + "，已经向" + party + "反映过但至今没有处理，" + demand + "。" };
				case PHONE -> new String[] { "来电：" + place + party,
						(variant % 2 == 0 ? "来电人反映" : "来电人再次反映") + place + "，" + party + complaint + "。来电人" + demand + "。" };
				default -> new String[] { party + complaint + "，谁来管管？",
						"领导您好！" + place + "这边" + party + complaint + "，" + demand + "！谢谢！" };
			};
		}
	}

	private Matters() {
	}

	static Matter any(Random random) {
		return new Matter(pick(PLACES, random), pick(PARTIES, random), pick(COMPLAINTS, random), pick(DEMANDS, random));
	}

	/** A matter sharing nothing but, perhaps, the demand with {@code other}: another place, party and complaint. */
	static Matter differentFrom(Matter other, Random random) {
		Matter m;
		do {
			m = any(random);
		}
		while (m.place().equals(other.place()) || m.party().equals(other.party())
				|| m.complaint().equals(other.complaint()));
		return m;
	}

	/** The four channels a matter comes by (来信, 来访, 电话, 领导留言板). */
	static final List<Channel> CHANNELS = List.of(Channel.LETTER, Channel.VISIT, Channel.PHONE, Channel.MESSAGE_BOARD);

	private static <T> T pick(List<T> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}
}
