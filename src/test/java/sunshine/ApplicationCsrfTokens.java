package sunshine;

import java.util.IdentityHashMap;
import java.util.Map;

import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Gives the application back its own CSRF token store before every test. MockMvc's {@code csrf()}
 * replaces the store of the shared {@link CsrfFilter} with a session-backed test store for the rest of
 * the context's life — and the real server on the random port runs the same filter — so without
 * this, a test sending real HTTP requests after any MockMvc test with {@code csrf()} would see
 * sessions the application never makes. The application's store is the one found before the first
 * test of the context ({@link SunshineIntegrationTest}'s listeners run before any request).
 */
class ApplicationCsrfTokens implements TestExecutionListener {

	private static final String FIELD = "tokenRepository";
	private static final Map<CsrfFilter, Object> original = new IdentityHashMap<>();

	@Override
	public void beforeTestClass(TestContext testContext) {
		synchronized (original) {
			for (CsrfFilter filter : filters(testContext)) {
				Object store = ReflectionTestUtils.getField(filter, FIELD);
				if (!original.containsKey(filter) && !store.getClass().getName().contains("TestCsrfTokenRepository")) {
					original.put(filter, store);
				}
			}
		}
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		synchronized (original) {
			for (CsrfFilter filter : filters(testContext)) {
				Object store = original.get(filter);
				if (store != null) {
					ReflectionTestUtils.setField(filter, FIELD, store);
				}
			}
		}
	}

	private static Iterable<CsrfFilter> filters(TestContext testContext) {
		FilterChainProxy proxy = testContext.getApplicationContext().getBean(FilterChainProxy.class);
		return proxy.getFilterChains().stream().map(SecurityFilterChain::getFilters).flatMap(java.util.List::stream)
				.filter(CsrfFilter.class::isInstance).map(CsrfFilter.class::cast).toList();
	}
}
