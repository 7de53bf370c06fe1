package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link MatterSimilarity} over generated matters told by the four channels: the same matter in another
 * channel's words, the complaint itself put differently half of the time, reads alike (at least the default
 * threshold, 0.45); another matter (another place, party and complaint) does not.
 */
class MatterSimilarityTests {

	/** The default of {@code sunshine.petitions.repeats.min-similarity}. */
	static final double THRESHOLD = 0.45;

	@Test
	void findsTheSameMatterToldByAnotherChannelAlike() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		double lowest = 1;
		for (int i = 0; i < 500; i++) {
			var matter = Matters.any(random);
			Channel a = Matters.CHANNELS.get(random.nextInt(4));
			Channel b = Matters.CHANNELS.get(random.nextInt(4));
			String[] first = matter.told(a, random.nextInt(2));
			String[] again = matter.told(b, random.nextInt(2));
			double s = MatterSimilarity.of(first[0], first[1], again[0], again[1]);
			lowest = Math.min(lowest, s);
			assertThat(s).as("seed %d: %s by %s and by %s", seed, matter, a, b).isGreaterThanOrEqualTo(THRESHOLD);
		}
		System.out.printf("same matter, lowest similarity %.3f%n", lowest);
	}

	@Test
	void keepsAnotherMatterApart() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		double highest = 0;
		for (int i = 0; i < 500; i++) {
			var matter = Matters.any(random);
			var other = Matters.differentFrom(matter, random);
			Channel a = Matters.CHANNELS.get(random.nextInt(4));
			Channel b = Matters.CHANNELS.get(random.nextInt(4));
			String[] first = matter.told(a, random.nextInt(2));
			String[] second = other.told(b, random.nextInt(2));
			double s = MatterSimilarity.of(first[0], first[1], second[0], second[1]);
			highest = Math.max(highest, s);
			assertThat(s).as("seed %d: %s by %s and %s by %s", seed, matter, a, other, b).isLessThan(THRESHOLD);
		}
		System.out.printf("different matters, highest similarity %.3f%n", highest);
	}

	@Test
	void isOneForTheSameTextAndZeroForNothingInCommon() {
		assertThat(MatterSimilarity.of("小区电梯坏了", "电梯坏了三个月没人修", "小区电梯坏了", "电梯坏了三个月没人修"))
				.isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(MatterSimilarity.of("电梯维修", "电梯坏了", "供暖温度", "暖气不热")).isZero();
		assertThat(MatterSimilarity.of("", "", "电梯", "电梯坏了")).isZero();
		// full-width letters and digits fold to the same as half-width ones
		assertThat(MatterSimilarity.of("ＡＢＣ１２３", null, "abc123", null)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
	}
}
