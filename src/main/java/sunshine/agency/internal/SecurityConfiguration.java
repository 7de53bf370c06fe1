package sunshine.agency.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import sunshine.agency.Role;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may reach what. Two filter chains:
 * <ul>
 * <li>{@code /api/**}: the public endpoints (calendar, search, submitting and tracking requests
 * and petitions) for anyone; everything else for staff (the audit log for the auditor, the business
 * endpoints for the business roles), by a logged-in session or — for scripts — HTTP Basic, stateless
 * and without CSRF. Never creates a session.</li>
 * <li>everything else: public pages for anyone; the staff console behind the form login, with the
 * three administrators' areas (三员分立) each for its own role and the business areas for the
 * business roles.</li>
 * </ul>
 * Both carry a strict Content-Security-Policy; pages may not be framed.
 */
@Configuration
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	/** Endpoints of the public API: no login. */
	static final RequestMatcher PUBLIC_API = new OrRequestMatcher(
			PATHS.matcher(HttpMethod.GET, "/api/v1/calendar/**"),
			PATHS.matcher(HttpMethod.GET, "/api/v1/disclosure/search"),
			PATHS.matcher(HttpMethod.POST, "/api/v1/requests"),
			PATHS.matcher(HttpMethod.GET, "/api/v1/requests/track"),
			PATHS.matcher(HttpMethod.POST, "/api/v1/petitions"),
			PATHS.matcher(HttpMethod.GET, "/api/v1/petitions/track"));

	/**
	 * Public pages and assets: no login, and no session is created for them (a page with a form
	 * that needs a CSRF token is the one exception). The portal's areas: {@code /disclosure/**}
	 * (主动公开, catalogue, search), {@code /requests/**} (依申请公开: apply, track),
	 * {@code /petitions/**} (网上信访 and the message board: submit, track, rate),
	 * {@code /reports/**} (信息公开年报), {@code /open-data/**} (开放数据: the page, the CSV and JSON downloads
	 * and the catalogue's feed), and the description of the public API ({@code /v3/api-docs} and its group
	 * {@code /v3/api-docs/public}). Staff pages live under {@code /console/**}.
	 */
	static final String[] PUBLIC_PAGES = { "/", "/login", "/tools/**", "/disclosure/**", "/requests/**",
			"/petitions/**", "/reports/**", "/open-data", "/open-data/**", "/search", "/css/**", "/js/**", "/images/**",
			"/webjars/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
			"/v3/api-docs/public" };

	/**
	 * The staff's view of the API: the description of the staff API ({@code /v3/api-docs/staff}, and every
	 * other group or format) and Swagger UI. Any logged-in staff member; a visitor is sent to the login.
	 */
	static final String[] API_DOCS_PAGES = { "/v3/api-docs/**", "/v3/api-docs.yaml", "/v3/api-docs.yaml/**", "/swagger-ui.html",
			"/swagger-ui/**" };

	/**
	 * The business areas — 依申请公开, 信访, 主动公开, 政务舆情, 年报 — in the console and the staff API. The
	 * three separated administrators (三员分立) see no business data, although their data scope
	 * reaches the agencies below; each area's own checks then narrow it to the roles that work in it.
	 */
	static final String[] BUSINESS_PAGES = { "/console/requests/**", "/console/petitions/**", "/console/disclosure/**",
			"/console/reporting/**", "/console/reports/**", "/console/notify/**", "/console/opinion/**" };

	static final String[] BUSINESS_API = { "/api/v1/requests/**", "/api/v1/petitions/**", "/api/v1/reports/**",
			"/api/v1/opinion/**" };

	/**
	 * 信访 is the petition roles' work — 登记, 承办, 审核, 签发, 督办 — as the console's home offers it:
	 * petition files carry the petitioners' personal data, which the editors of disclosure and of
	 * the annual report have no need to read.
	 */
	static final String[] PETITION_PAGES = { "/console/petitions/**" };

	static final String[] PETITION_API = { "/api/v1/petitions/**" };

	static final String[] PETITION_ROLES = { Role.REGISTRAR.name(), Role.HANDLER.name(), Role.REVIEWER.name(),
			Role.SIGNING_LEADER.name(), Role.SUPERVISOR.name() };

	/** Every role but the three separated administrators. */
	static final String[] BUSINESS_ROLES = Arrays.stream(Role.values()).filter(role -> !role.isSeparatedAdministrator())
			.map(Role::name).toArray(String[]::new);

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
		http.securityMatcher("/api/**")
				.authorizeHttpRequests(authorize -> authorize
						.requestMatchers(PUBLIC_API).permitAll()
						.requestMatchers("/api/v1/audit/**").hasRole("SECURITY_AUDITOR")
						.requestMatchers("/api/v1/system/**").hasRole("SYSTEM_ADMIN")
						.requestMatchers("/api/v1/agencies/**", "/api/v1/agencies").hasRole("SYSTEM_ADMIN")
						.requestMatchers(PETITION_API).hasAnyRole(PETITION_ROLES)
						.requestMatchers(BUSINESS_API).hasAnyRole(BUSINESS_ROLES)
						.anyRequest().authenticated())
				.httpBasic(basic -> basic.authenticationEntryPoint(errors::unauthorized))
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
				.requestCache(cache -> cache.disable())
				.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfOnApi))
				.exceptionHandling(exceptions -> exceptions
						.authenticationEntryPoint(errors::unauthorized)
						.accessDeniedHandler(errors::forbidden))
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/**
	 * An API write needs a CSRF token unless it is a public endpoint (no session, nothing to forge)
	 * or a script's call that authenticates with HTTP Basic in that very request and carries no
	 * session: any other {@code Authorization} header ({@code Bearer x}), or Basic beside a session
	 * cookie, still needs the token — a browser can be made to send a header, not to know a token.
	 */
	static boolean needsCsrfOnApi(HttpServletRequest request) {
		if (SAFE_METHODS.contains(request.getMethod())) {
			return false;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
				&& request.getRequestedSessionId() == null && request.getSession(false) == null) {
			return false;
		}
		return !PUBLIC_API.matches(request);
	}

	/**
	 * Where the CSRF token of a page lives: in the staff member's session once logged in, and for
	 * anyone else — the public forms, the login page — in a cookie the form echoes (double submit),
	 * so an anonymous visitor or a crawler opening form pages creates no server session at all.
	 */
	static final class SessionOrCookieCsrfTokens implements org.springframework.security.web.csrf.CsrfTokenRepository {

		private final org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository session =
				new org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository();
		private final org.springframework.security.web.csrf.CookieCsrfTokenRepository cookie =
				new org.springframework.security.web.csrf.CookieCsrfTokenRepository();

		SessionOrCookieCsrfTokens() {
			cookie.setCookieName("SUNSHINE-FORM");
			cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax"));
		}

		/**
		 * The token lives where the visitor's state already lives: in the session when the request
		 * has one (every signed-in staff member does: the login makes it), otherwise in the cookie.
		 * Deciding by the request alone, never by who the thread believes is signed in, means no
		 * path through this repository can ever create a session.
		 */
		private org.springframework.security.web.csrf.CsrfTokenRepository of(HttpServletRequest request) {
			return request.getSession(false) != null ? session : cookie;
		}

		@Override
		public org.springframework.security.web.csrf.CsrfToken generateToken(HttpServletRequest request) {
			return of(request).generateToken(request);
		}

		@Override
		public void saveToken(org.springframework.security.web.csrf.CsrfToken token, HttpServletRequest request,
				HttpServletResponse response) {
			of(request).saveToken(token, request, response);
		}

		@Override
		public org.springframework.security.web.csrf.CsrfToken loadToken(HttpServletRequest request) {
			return of(request).loadToken(request);
		}
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, MessageSource messages) throws Exception {
		http.authorizeHttpRequests(authorize -> authorize
				.requestMatchers(PUBLIC_PAGES).permitAll()
				.requestMatchers("/console/audit/**").hasRole("SECURITY_AUDITOR")
				.requestMatchers("/console/security/**").hasRole("SECURITY_ADMIN")
				.requestMatchers("/console/system/**").hasRole("SYSTEM_ADMIN")
				.requestMatchers(PETITION_PAGES).hasAnyRole(PETITION_ROLES)
				.requestMatchers(BUSINESS_PAGES).hasAnyRole(BUSINESS_ROLES)
				.requestMatchers(API_DOCS_PAGES).authenticated()
				.anyRequest().authenticated())
				.formLogin(form -> form
						.loginPage("/login")
						.failureHandler(loginFailure())
						.defaultSuccessUrl("/console", false)
						.permitAll())
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
				.csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens()))
				// The console page asked for before the login is remembered in a cookie, not a session a crawler could make.
				.requestCache(cache -> cache.requestCache(consolePageCache()))
				.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(SecurityConfiguration::pageDenied)
						.authenticationEntryPoint(SecurityConfiguration::loginOrNotFound))
				.headers(headers -> headers
						.addHeaderWriter(new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(
								new org.springframework.security.web.util.matcher.NegatedRequestMatcher(SWAGGER_UI),
								new org.springframework.security.web.header.writers.StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
						.addHeaderWriter(new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
								new org.springframework.security.web.header.writers.StaticHeadersWriter("Content-Security-Policy", SWAGGER_UI_POLICY)))
						.frameOptions(frame -> frame.deny())
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** Swagger UI's own files (staff only): the one place whose script sets inline styles. */
	static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(PATHS.matcher("/swagger-ui/**"),
			PATHS.matcher("/swagger-ui.html"));

	/** The policy of every page, with inline styles allowed for Swagger UI's script; scripts still only from the site. */
	static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

	/** The staff console and the staff's API description: the only pages outside {@code /api} whose visitor is sent to the login. */
	static final RequestMatcher CONSOLE = new OrRequestMatcher(PATHS.matcher("/console/**"),
			PATHS.matcher("/v3/api-docs/**"), PATHS.matcher("/v3/api-docs.yaml"), PATHS.matcher("/v3/api-docs.yaml/**"),
			PATHS.matcher("/swagger-ui.html"),
			PATHS.matcher("/swagger-ui/**"));

	private static final org.springframework.security.web.AuthenticationEntryPoint LOGIN =
			new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");

	private static org.springframework.security.web.savedrequest.RequestCache consolePageCache() {
		var cache = new org.springframework.security.web.savedrequest.CookieRequestCache();
		cache.setRequestMatcher(CONSOLE);
		return cache;
	}

	/**
	 * A visitor without a login: at a console page, the login page; anywhere else — an address no
	 * public page answers, such as a mistyped link — the site's 404 page, never the staff login, and
	 * no session or cookie is made.
	 */
	private static void loginOrNotFound(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException cause) throws IOException, jakarta.servlet.ServletException {
		if (CONSOLE.matches(request)) {
			LOGIN.commence(request, response, cause);
		}
		else {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
	}

	/** The request attribute that tells the error page a form's CSRF token was missing or stale. */
	static final String FORM_EXPIRED = "formExpired";

	/**
	 * 403 for a page. When the cause is a form whose security token is missing or stale (the page
	 * was open longer than the session, or the server restarted), the error page says so — the form
	 * has not been submitted, go back and send it again — rather than "no permission".
	 */
	private static void pageDenied(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.access.AccessDeniedException denied) throws IOException {
		if (denied instanceof org.springframework.security.web.csrf.CsrfException) {
			request.setAttribute(FORM_EXPIRED, true);
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	/** Sends the user back to the login page with the reason, never the username's existence. */
	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, exception) -> {
			String reason = exception instanceof LockedException ? "locked"
					: exception instanceof DisabledException ? "disabled" : "bad";
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}

	/** 401 and 403 of the API as JSON with a message in the caller's language. */
	@org.springframework.stereotype.Component
	static class JsonSecurityErrors {

		private final MessageSource messages;

		JsonSecurityErrors(MessageSource messages) {
			this.messages = messages;
		}

		void unauthorized(HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.core.AuthenticationException exception) throws IOException {
			String key = exception instanceof LockedException ? "api.error.locked" : "api.error.unauthorized";
			response.setHeader("WWW-Authenticate", "Basic realm=\"Sunshine\"");
			write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", key);
		}

		void forbidden(HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.access.AccessDeniedException exception) throws IOException {
			write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "api.error.forbidden");
		}

		private void write(HttpServletRequest request, HttpServletResponse response, int status, String error,
				String key) throws IOException {
			java.util.Locale locale = request.getHeader("Accept-Language") == null ? java.util.Locale.SIMPLIFIED_CHINESE
					: request.getLocale();
			String message = messages.getMessage(key, null, locale);
			response.setStatus(status);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message.replace("\"", "\\\"")
					+ "\",\"fields\":[]}");
		}
	}
}
