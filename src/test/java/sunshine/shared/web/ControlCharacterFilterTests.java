package sunshine.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ControlCharacterFilterTests {

	private static String filteredBody(String json) throws Exception {
		var request = new MockHttpServletRequest("POST", "/api/v1/petitions");
		request.setContentType("application/json");
		request.setContent(json.getBytes(StandardCharsets.UTF_8));
		var chain = new MockFilterChain();
		new ControlCharacterFilter().doFilter(request, new MockHttpServletResponse(), chain);
		return new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	@Test
	void removesTheNulEscapeFromJsonStrings() throws Exception {
		assertThat(filteredBody("{\"name\":\"张\\u0000三\"}")).isEqualTo("{\"name\":\"张三\"}");
		assertThat(filteredBody("{\"name\":\"张\\U0000三\u0000\"}")).isEqualTo("{\"name\":\"张三\"}");
	}

	@Test
	void keepsTheTextOfABackslashFollowedByU0000() throws Exception {
		// "\\u0000" in JSON is a backslash and the letters u0000, not a NUL
		assertThat(filteredBody("{\"note\":\"见\\\\u0000\"}")).isEqualTo("{\"note\":\"见\\\\u0000\"}");
		assertThat(filteredBody("{\"note\":\"\\\\\\u0000\"}")).isEqualTo("{\"note\":\"\\\\\"}");
	}

	@Test
	void removesNulFromFormFields() throws Exception {
		var request = new MockHttpServletRequest("POST", "/petitions/submit");
		request.setContentType("application/x-www-form-urlencoded");
		request.addParameter("title", "路灯\u0000不亮");
		var chain = new MockFilterChain();
		new ControlCharacterFilter().doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest().getParameter("title")).isEqualTo("路灯不亮");
		assertThat(chain.getRequest().getParameterMap().get("title")).containsExactly("路灯不亮");
	}

	@Test
	void removesNulFromParametersOfAPostWithoutAFormBody() throws Exception {
		// parameters in the address of a POST whose body is not a form (or has no type at all)
		for (String type : new String[] { null, "text/plain", "application/json" }) {
			var request = new MockHttpServletRequest("POST", "/requests/track");
			if (type != null) {
				request.setContentType(type);
				request.setContent("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			request.addParameter("code", "GK\u0000-2026");
			var chain = new MockFilterChain();
			new ControlCharacterFilter().doFilter(request, new MockHttpServletResponse(), chain);
			assertThat(chain.getRequest().getParameter("code")).as(String.valueOf(type)).isEqualTo("GK-2026");
			assertThat(chain.getRequest().getParameterValues("code")).as(String.valueOf(type)).containsExactly("GK-2026");
		}
	}
}
