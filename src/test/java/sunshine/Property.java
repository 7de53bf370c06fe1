package sunshine;

/**
 * A property test on JUnit 5: a check run against many generated cases, each from a {@link Generator}
 * with a seed of its own. A failing case names its seed; {@code -Dsunshine.seed=<seed>} makes that
 * case the first one tried, so the failure replays exactly ({@code -Dsunshine.tries=<n>} changes how
 * many cases every property tries, e.g. 1 to replay only that case, 100000 to search longer).
 *
 * <pre>{@code
 * @Test
 * void aCheckCharacterIsAlwaysAccepted() {
 *     Property.forAll(1000, gen -> assertThat(...).isTrue());
 * }
 * }</pre>
 */
public final class Property {

	public static final String SEED = "sunshine.seed";
	public static final String TRIES = "sunshine.tries";

	/** One generated case. */
	@FunctionalInterface
	public interface Check {
		void check(Generator gen) throws Exception;
	}

	private Property() {
	}

	/** Runs {@code check} on {@code tries} generated cases (or {@code -Dsunshine.tries}); returns how many ran. */
	public static int forAll(int tries, Check check) {
		String fixed = System.getProperty(SEED, "").trim();
		long first = fixed.isEmpty() ? new java.security.SecureRandom().nextLong() : Long.parseLong(fixed);
		String override = System.getProperty(TRIES, "").trim();
		int count = override.isEmpty() ? tries : Integer.parseInt(override);
		for (int i = 0; i < count; i++) {
			long seed = i == 0 ? first : mix(first + i);
			try {
				check.check(new Generator(seed));
			}
			catch (Throwable failure) {
				String replay = "Property failed on case " + (i + 1) + " of " + count + ", seed " + seed
						+ " — replay with -Dsunshine.seed=" + seed + " -Dsunshine.tries=1";
				System.err.println(replay);
				AssertionError error = new AssertionError(replay + System.lineSeparator() + failure.getMessage(), failure);
				throw error;
			}
		}
		return count;
	}

	/** SplitMix64's finaliser: neighbouring run seeds give unrelated case seeds. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
