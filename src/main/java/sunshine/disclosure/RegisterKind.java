package sunshine.disclosure;

/**
 * The kinds of entry in the yearly disclosure registers, each feeding a row of an annual-report
 * table (see the view {@code report_disclosure_register} in {@code V2__disclosure.sql}). Each kind
 * says which of an entry's fields it uses.
 */
public enum RegisterKind {
	/** 新闻发布会 (2008 二（二）1); uses principal leader (主要负责同志参加). */
	PRESS_CONFERENCE(false, false, true, false, false),
	/** 政府网站在线访谈 (2008 二（二）2); uses principal leader. */
	ONLINE_INTERVIEW(false, false, true, false, false),
	/** 行政许可处理决定 (2021 表 2-2); quantity = decisions. */
	LICENSING(true, false, false, false, false),
	/** 行政处罚决定 (2021 表 2-3); quantity = decisions. */
	PENALTY(true, false, false, false, false),
	/** 行政强制决定 (2021 表 2-3); quantity = decisions. */
	COERCION(true, false, false, false, false),
	/** 行政事业性收费 collected (2021 表 2-4); amount. */
	FEES(false, true, false, false, false),
	/** 政府集中采购 (2019 format); quantity = projects, amount = total. */
	PROCUREMENT(true, true, false, false, false),
	/** 人大代表建议 handled; quantity = suggestions in the entry. */
	NPC_SUGGESTION(true, false, false, false, false),
	/** 政协提案 handled; quantity = proposals in the entry. */
	CPPCC_PROPOSAL(true, false, false, false, false),
	/** 政府信息公开工作专门机构 (2008 八（一）), standing from its date until ended. */
	DISCLOSURE_OFFICE(false, false, false, false, true),
	/** 政府信息公开查阅点 (2008 八（二）), standing. */
	READING_POINT(false, false, false, false, true),
	/** 从事政府信息公开工作人员 (2008 八（三）), standing; full-time or part-time; a person's name. */
	STAFF(false, false, false, true, true),
	/** 政府信息公开专项经费 (2008 八（四）); amount. */
	SPECIAL_BUDGET(false, true, false, false, false),
	/** 政府信息公开工作会议或专题会议 (2008 九（一）). */
	MEETING(false, false, false, false, false),
	/** 举办的培训班 (2008 九（二）); quantity = trainees (2008 九（三）). */
	TRAINING_HELD(true, false, false, false, false),
	/** staff trained in others' classes; quantity = trainees (2008 九（三）). */
	TRAINING_ATTENDED(true, false, false, false, false);

	private final boolean usesQuantity;
	private final boolean usesAmount;
	private final boolean usesPrincipalLeader;
	private final boolean usesFullTime;
	private final boolean standing;

	RegisterKind(boolean usesQuantity, boolean usesAmount, boolean usesPrincipalLeader, boolean usesFullTime,
			boolean standing) {
		this.usesQuantity = usesQuantity;
		this.usesAmount = usesAmount;
		this.usesPrincipalLeader = usesPrincipalLeader;
		this.usesFullTime = usesFullTime;
		this.standing = standing;
	}

	public boolean usesQuantity() { return usesQuantity; }
	public boolean usesAmount() { return usesAmount; }
	public boolean usesPrincipalLeader() { return usesPrincipalLeader; }
	public boolean usesFullTime() { return usesFullTime; }
	/** A standing fact (an office, a reading point, a person) counted while it lasts, not an event. */
	public boolean isStanding() { return standing; }
}
