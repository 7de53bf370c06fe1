package sunshine.disclosure;

import java.util.Map;

/**
 * One agency's proactive-disclosure figures for one year, each counted from the records (through
 * the {@code report_disclosure_*} views). Field comments name the 2008 table row (国办发〔2014〕32号
 * form, the seed's table) or the 2021 section 二 table each figure belongs to.
 */
public record YearFigures(
		/** 一（一） 主动公开政府信息数: distinct items, "不同渠道和方式公开相同信息计1条". */
		long distinctItems,
		/** 一（二）1–5: items per channel. */
		Map<Channel, Long> itemsPerChannel,
		/** 一（一） 其中：主动公开规范性文件数. */
		long normativeDocumentsDisclosed,
		/** 一（一） 制发规范性文件总数; 2021 2-1 本年制发件数 (both kinds). */
		long documentsIssued,
		/** 2021 2-1 本年废止件数. */
		long documentsAbolished,
		/** 2021 2-1 现行有效件数 on 31 December. */
		long documentsInForceAtYearEnd,
		/** 二（二）3 政策解读稿件发布数 (篇). */
		long interpretations,
		/** 二（一） 回应公众关注热点或重大舆情数, "不同方式回应同一热点或舆情计1次". */
		long hotspots,
		/** 二（二）4 微博微信回应事件数. */
		long hotspotsOnWeiboOrWechat,
		/** 二（二）5 其他方式回应事件数. */
		long hotspotsOtherWays,
		long pressConferences, long pressConferencesWithPrincipalLeader,
		long onlineInterviews, long onlineInterviewsWithPrincipalLeader,
		long licensingDecisions, long penaltyDecisions, long coercionDecisions, long feesCollectedFen,
		long npcSuggestions, long cppccProposals,
		/** 八（一）–（三）, standing on 31 December. */
		long disclosureOffices, long readingPoints, long fullTimeStaff, long partTimeStaff,
		/** 八（四）, in 分. */
		long specialBudgetFen,
		/** 九（一）–（三）. */
		long meetings, long trainingClassesHeld, long trainees) {

	public long channel(Channel channel) {
		return itemsPerChannel.getOrDefault(channel, 0L);
	}

	public long staff() {
		return fullTimeStaff + partTimeStaff;
	}
}
