package sunshine.agency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where a page's CSRF token is kept: never in a session the request did not already have, whatever
 * the thread's security context says (a context left behind on a worker thread, or read before
 * the anonymous visitor is recognised, must not make every public form open a session).
 */
class SessionOrCookieCsrfTokensTests {

	final SecurityConfiguration.SessionOrCookieCsrfTokens tokens = new SecurityConfiguration.SessionOrCookieCsrfTokens();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aRequestWithoutSessionKeepsItsTokenInTheCookieEvenUnderASignedInContext() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"registrar", null, List.of(new SimpleGrantedAuthority("ROLE_REGISTRAR"))));
		var request = new MockHttpServletRequest("GET", "/petitions/submit");
		var response = new MockHttpServletResponse();

		var token = tokens.generateToken(request);
		tokens.saveToken(token, request, response);

		assertThat(request.getSession(false)).as("no session created").isNull();
		assertThat(response.getCookie("SUNSHINE-FORM")).isNotNull();
		assertThat(response.getCookie("SUNSHINE-FORM").isHttpOnly()).isTrue();
		var next = new MockHttpServletRequest("POST", "/petitions/submit");
		next.setCookies(response.getCookie("SUNSHINE-FORM"));
		assertThat(tokens.loadToken(next).getToken()).isEqualTo(token.getToken());
	}

	@Test
	void aRequestWithASessionKeepsItsTokenThere() {
		var request = new MockHttpServletRequest("GET", "/console");
		var session = request.getSession(true);
		var response = new MockHttpServletResponse();

		var token = tokens.generateToken(request);
		tokens.saveToken(token, request, response);

		assertThat(response.getCookie("SUNSHINE-FORM")).as("no cookie beside the session").isNull();
		var next = new MockHttpServletRequest("POST", "/console/petitions/1/accept");
		next.setSession(session);
		assertThat(tokens.loadToken(next).getToken()).isEqualTo(token.getToken());
		assertThat(tokens.loadToken(new MockHttpServletRequest("POST", "/console/petitions/1/accept")))
				.as("another visitor without the session has no token").isNull();
	}
}
