package sunshine.requests;

/**
 * What kind of content is removed from a released document, with the article of 《政府信息公开条例》(2019) that
 * justifies it (the same articles as the withholding outcomes {@link Outcome#R3_1} … {@link Outcome#R3_6}).
 */
public enum RedactionKind {

	/** 国家秘密 — 第十四条. */
	STATE_SECRET("国家秘密", "第十四条"),
	/** 法律、行政法规禁止公开的信息 — 第十四条. */
	LAW_PROHIBITED("法律、行政法规禁止公开的信息", "第十四条"),
	/** 公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息 — 第十四条. */
	SECURITY_STABILITY("危及“三安全一稳定”的信息", "第十四条"),
	/** 商业秘密 — 第十五条. */
	TRADE_SECRET("商业秘密", "第十五条"),
	/** 个人隐私 — 第十五条. */
	PERSONAL_PRIVACY("个人隐私", "第十五条"),
	/** 内部事务信息 — 第十六条第一款. */
	INTERNAL_AFFAIRS("内部事务信息", "第十六条第一款"),
	/** 过程性信息、行政执法案卷信息 — 第十六条第二款. */
	PROCESS_INFO("过程性信息", "第十六条第二款");

	private final String label;
	private final String article;

	RedactionKind(String label, String article) {
		this.label = label;
		this.article = article;
	}

	public String label() {
		return label;
	}

	/** The article of the 2019 regulations that justifies removing such content. */
	public String article() {
		return article;
	}
}
