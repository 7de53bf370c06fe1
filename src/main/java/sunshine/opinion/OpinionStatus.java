package sunshine.opinion;

import java.util.EnumSet;
import java.util.Set;

/** Where an opinion event stands in the loop 收集 → 研判 → 回应 → 评估. */
public enum OpinionStatus {

	/** 已收集，待研判: entered by staff or read from a feed; nobody has weighed it yet. */
	COLLECTED,
	/** 已研判，待回应: its level, topic and the agencies concerned are known; a response is due. */
	ASSESSED,
	/** 已回应，待评估: answered on at least one channel; more channels may follow until it is evaluated. */
	RESPONDED,
	/** 已评估办结: the effect of the responses is recorded; the file is closed. */
	CLOSED,
	/** 不予回应，已归档: weighed and filed without a response, with the reason. */
	DISMISSED;

	/** The states of events still being worked on. */
	public static final Set<OpinionStatus> OPEN = Set.copyOf(EnumSet.of(COLLECTED, ASSESSED, RESPONDED));
}
