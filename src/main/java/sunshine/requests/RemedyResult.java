package sunshine.requests;

/** The result of a reconsideration or a lawsuit, in the columns of section 四 (结果维持 … 尚未审结). */
public enum RemedyResult {

	/** 结果维持 (2008: 维持具体行政行为 / 驳回原告诉讼请求). */
	UPHELD,
	/** 结果纠正 (2008: 被依法纠错). */
	CORRECTED,
	/** 其他结果 (2008: 其他情形). */
	OTHER,
	/** 尚未审结. */
	PENDING
}
