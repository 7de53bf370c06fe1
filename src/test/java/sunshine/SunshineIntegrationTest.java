package sunshine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The one application context of the integration tests: the whole application on a real port,
 * MockMvc beside it, the demo region loaded, the node ready ({@link ReadyBeforeTests}), the
 * application's own CSRF token store in place before each test ({@link ApplicationCsrfTokens}). One shape, so
 * Spring caches one context per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestSupportConfiguration.class)
@ContextConfiguration(initializers = NotifyTestServers.class)
@TestExecutionListeners(listeners = { ReadyBeforeTests.class, ApplicationCsrfTokens.class, FreshAbuseState.class }, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface SunshineIntegrationTest {
}
