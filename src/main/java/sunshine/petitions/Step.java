package sunshine.petitions;

/** The seven steps of the seed agency's workflow (登记交办—认领告知—承办办理—审核报签—统一回复—分析通报—立卷存档). */
public enum Step {
	/** 登记交办: registered, accepted or not, assigned or forwarded. */
	REGISTER_AND_ASSIGN,
	/** 认领告知: the responsible unit claims it and the citizen is told. */
	CLAIM_AND_NOTIFY,
	/** 承办办理: the unit investigates and drafts the reply. */
	HANDLE,
	/** 审核报签: reviewed, then signed off by the leader. */
	REVIEW_AND_SIGN,
	/** 统一回复: one official reply. */
	REPLY,
	/** 分析通报: included in a periodic analysis circulated to units. */
	ANALYSE,
	/** 立卷存档: archived with its whole file. */
	ARCHIVE
}
