package sunshine;

import java.time.Duration;
import java.time.Instant;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Integration tests start when the node is ready, as a load balancer would send them: the context is
 * up before the demo data and the search index are (the warm-up gate answers 503 until then), and a
 * test class with its own settings gets a fresh context. Waits, before each test class, until
 * {@link WarmUp#ready()}; fails the class if that takes longer than ten minutes.
 */
class ReadyBeforeTests implements TestExecutionListener {

	private static final Duration PATIENCE = Duration.ofMinutes(10);

	@Override
	public void beforeTestClass(TestContext testContext) throws Exception {
		WarmUp warmUp = testContext.getApplicationContext().getBean(WarmUp.class);
		Instant until = Instant.now().plus(PATIENCE);
		while (!warmUp.ready()) {
			if (Instant.now().isAfter(until)) {
				throw new IllegalStateException("The node was not ready within " + PATIENCE);
			}
			Thread.sleep(200);
		}
	}
}
