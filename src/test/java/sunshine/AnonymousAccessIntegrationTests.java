package sunshine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint that is not public refuses a caller who has not logged in — the console with a
 * redirect to the login page, the API with 401 — whichever module added it. The public surface is
 * listed here on purpose, so that widening it is a visible decision.
 */
@SunshineIntegrationTest
class AnonymousAccessIntegrationTests {

	static final List<String> PUBLIC_PREFIXES = List.of("/tools/", "/disclosure/", "/requests/", "/petitions/",
			"/reports/", "/open-data/", "/api/v1/calendar/");
	static final Set<String> PUBLIC_PATHS = Set.of("/", "/login", "/error", "/search", "/disclosure", "/requests",
			"/petitions", "/reports", "/open-data", "/v3/api-docs", "GET /api/v1/disclosure/search", "POST /api/v1/requests",
			"GET /api/v1/requests/track", "POST /api/v1/petitions", "GET /api/v1/petitions/track");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Test
	void everyEndpointThatIsNotPublicRefusesAnAnonymousCaller() throws Exception {
		List<String> open = new ArrayList<>();
		int checked = 0;
		for (var entry : mappings.getHandlerMethods().entrySet()) {
			var info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					if (isPublic(method.name(), path)) {
						continue;
					}
					checked++;
					MvcResult result = mvc.perform(request(HttpMethod.valueOf(method.name()), path)).andReturn();
					int status = result.getResponse().getStatus();
					boolean toLogin = status == 302 && String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/login");
					if (!(toLogin || status == 401 || status == 403)) {
						open.add(method + " " + path + " → " + status);
					}
				}
			}
		}
		assertThat(checked).as("staff endpoints checked").isGreaterThan(10);
		assertThat(open).as("endpoints open to anonymous callers").isEmpty();
	}

	private static boolean isPublic(String method, String path) {
		return PUBLIC_PATHS.contains(path) || PUBLIC_PATHS.contains(method + " " + path)
				|| PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
	}
}
