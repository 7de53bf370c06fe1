package sunshine;

import java.security.SecureRandom;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * For tests that draw a whole scenario from one {@link Generator} ({@code @ExtendWith(Seeded.class)},
 * a {@code Generator} parameter): the seed is {@code -Dsunshine.seed} when given, else random, and a
 * failing test names it, so {@code -Dsunshine.seed=<seed>} replays the same scenario. Checks of many
 * independent cases use {@link Property#forAll} instead, which gives each case a seed of its own.
 */
public class Seeded implements ParameterResolver, TestExecutionExceptionHandler {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Seeded.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Generator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		String fixed = System.getProperty(Property.SEED, "").trim();
		long seed = fixed.isEmpty() ? new SecureRandom().nextLong() : Long.parseLong(fixed);
		context.getStore(NAMESPACE).put("seed", seed);
		return new Generator(seed);
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		Long seed = context.getStore(NAMESPACE).get("seed", Long.class);
		if (seed == null) {
			throw failure;
		}
		String replay = context.getDisplayName() + " failed with seed " + seed + " — replay with -Dsunshine.seed=" + seed;
		System.err.println(replay);
		throw new AssertionError(replay + System.lineSeparator() + failure.getMessage(), failure);
	}
}
