package sunshine.requests;

import java.util.Arrays;
import java.util.Optional;

/** The form in which the applicant wants the information (所需信息的指定提供方式 / 获取方式). */
public enum Delivery {

	/** 纸质文本 (by post or collected). */
	PAPER("纸质"),
	/** 电子邮件. */
	EMAIL("电子邮件"),
	/** 光盘 / 磁盘 (copies of electronic data). */
	DISC("光盘"),
	/** 当场查阅、抄录. */
	ON_SITE("当场查阅");

	private final String label;

	Delivery(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** By Chinese label (纸质, 纸质文本, 电子邮件, 光盘, 磁盘, 当场查阅) or by name. */
	public static Optional<Delivery> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip();
		if (t.equals("纸质文本") || t.equals("纸面")) {
			return Optional.of(PAPER);
		}
		if (t.equals("磁盘") || t.equals("电子数据")) {
			return Optional.of(DISC);
		}
		if (t.startsWith("当场")) {
			return Optional.of(ON_SITE);
		}
		return Arrays.stream(values()).filter(d -> d.label.equals(t) || d.name().equalsIgnoreCase(t)).findFirst();
	}
}
