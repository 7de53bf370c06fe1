package sunshine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Values for property tests, drawn from a seeded {@link Random} (see {@link Property}) and aimed at
 * edges: about one draw in three is a boundary (the ends of a range, the days around a year's end,
 * 2019-05-15 when the revised regulations took effect, the holidays and 调休 days of the reference
 * calendar, the last minute of a day in Asia/Shanghai), the rest spread evenly.
 */
public final class Generator {

	/** 2019-05-15: the revised 政府信息公开条例 took effect (the 2021 report format's counts start here). */
	public static final LocalDate REGULATIONS_2019 = LocalDate.of(2019, 5, 15);

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final List<LocalDate> CALENDAR_EDGES = List.copyOf(ReferenceCalendar.listedDays());

	private final Random random;

	public Generator(long seed) {
		this.random = new Random(seed);
	}

	public Random random() {
		return random;
	}

	/** True about one time in {@code n}. */
	public boolean oneIn(int n) {
		return random.nextInt(n) == 0;
	}

	public boolean bool() {
		return random.nextBoolean();
	}

	/** An int in [min, max], the ends and their neighbours favoured. */
	public int between(int min, int max) {
		if (max > min && oneIn(3)) {
			int[] edges = { min, max, Math.min(min + 1, max), Math.max(max - 1, min) };
			return edges[random.nextInt(edges.length)];
		}
		return min + (int) (Math.floorMod(random.nextLong(), (long) max - min + 1));
	}

	/** A long in [min, max], the ends favoured. */
	public long between(long min, long max) {
		if (max > min && oneIn(3)) {
			return bool() ? min : max;
		}
		return min + Math.floorMod(random.nextLong(), max - min + 1);
	}

	@SafeVarargs
	public final <T> T oneOf(T... values) {
		return values[random.nextInt(values.length)];
	}

	public <T> T oneOf(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Between min and max values from {@code next}, the empty and the longest lists favoured. */
	public <T> List<T> list(int min, int max, Supplier<T> next) {
		int size = between(min, max);
		List<T> values = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			values.add(next.get());
		}
		return values;
	}

	/** Exactly {@code length} characters drawn from {@code alphabet}. */
	public String string(String alphabet, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	public String digits(int length) {
		return string("0123456789", length);
	}

	/**
	 * Any text of at most {@code maxLength} code points: ASCII, common CJK, GB 18030 four-byte characters
	 * (𠀀), emoji, control characters, right-to-left marks.
	 */
	public String anyText(int maxLength) {
		int length = between(0, maxLength);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int codePoint = switch (random.nextInt(7)) {
				case 0 -> 0x20 + random.nextInt(0x5f);
				case 1 -> 0x4e00 + random.nextInt(0x9fa5 - 0x4e00 + 1);
				case 2 -> 0x20000 + random.nextInt(0x2a6df - 0x20000 + 1);
				case 3 -> 0x1f600 + random.nextInt(0x50);
				case 4 -> random.nextInt(0x20);
				case 5 -> oneOf(0x202e, 0x200b, 0xfeff, 0x3000, 0x7f);
				default -> 0x30 + random.nextInt(10);
			};
			text.appendCodePoint(codePoint);
		}
		return text.toString();
	}

	/** Random bytes, at most {@code max}. */
	public byte[] bytes(int max) {
		byte[] bytes = new byte[between(0, max)];
		random.nextBytes(bytes);
		return bytes;
	}

	/**
	 * A date in [from, to]: one time in three an edge — the first or last day of a year (or the day
	 * after or before), 2019-05-15 or its neighbours, a holiday or 调休 day of the reference calendar or
	 * its neighbours, the ends of the range — when that edge lies in the range; else uniform.
	 */
	public LocalDate date(LocalDate from, LocalDate to) {
		if (oneIn(3)) {
			for (int attempt = 0; attempt < 8; attempt++) {
				LocalDate edge = edgeDate(from, to);
				if (!edge.isBefore(from) && !edge.isAfter(to)) {
					return edge;
				}
			}
		}
		return from.plusDays(between(0L, to.toEpochDay() - from.toEpochDay()));
	}

	private LocalDate edgeDate(LocalDate from, LocalDate to) {
		int year = from.getYear() + random.nextInt(to.getYear() - from.getYear() + 1);
		int nudge = random.nextInt(3) - 1;
		return switch (random.nextInt(6)) {
			case 0 -> LocalDate.of(year, 1, 1).plusDays(nudge);
			case 1 -> LocalDate.of(year, 12, 31).plusDays(nudge);
			case 2 -> REGULATIONS_2019.plusDays(nudge);
			case 3, 4 -> oneOf(CALENDAR_EDGES).plusDays(nudge);
			default -> bool() ? from : to;
		};
	}

	/**
	 * An instant on the given day in Asia/Shanghai: one time in three within the day's last minute
	 * (23:59:00–23:59:59.999) or its first second, else any time of the day.
	 */
	public Instant instantOn(LocalDate day) {
		LocalTime time;
		if (oneIn(3)) {
			time = bool() ? LocalTime.of(23, 59, random.nextInt(60), random.nextInt(1_000_000_000))
					: LocalTime.of(0, 0, 0, random.nextInt(1_000_000_000));
		}
		else {
			time = LocalTime.ofSecondOfDay(random.nextInt(86_400));
		}
		return day.atTime(time).atZone(SHANGHAI).toInstant();
	}

	/** Text whose UTF-8 form is exactly {@code bytes} long, in CJK characters (3 bytes) and ASCII. */
	public String utf8OfLength(int bytes) {
		StringBuilder text = new StringBuilder();
		int left = bytes;
		while (left > 0) {
			if (left >= 3 && bool()) {
				text.append((char) (0x4e00 + random.nextInt(0x5000)));
				left -= 3;
			}
			else {
				text.append((char) ('a' + random.nextInt(26)));
				left -= 1;
			}
		}
		assert text.toString().getBytes(StandardCharsets.UTF_8).length == bytes;
		return text.toString();
	}
}
