package sunshine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API description ({@code /v3/api-docs}, springdoc). The public operations are found the way a
 * stranger finds them — every {@code /api/v1/**} operation the handler mappings know, asked without a
 * login, that does not answer 401, 403 or a redirect to the login — never from a hand-written list. Each
 * must be described, readable without login, with the schema of its request body (when it takes one) and
 * of its successful answer; no staff operation may be in the public description; every example of the
 * description must fit its schema (types, required members, no members the schema does not know).
 */
@SunshineIntegrationTest
class PublicApiDocsIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	/** An operation: method and path as the description writes it ({@code {id}}, without a pattern). */
	record Op(String method, String path, HandlerMethod handler) {
		String key() {
			return method + " " + path;
		}
	}

	@Test
	void everyPublicOperationIsDescribedWithItsSchemasWithoutLogin() throws Exception {
		MvcResult result = mvc.perform(get("/v3/api-docs")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		JsonNode docs = JSON.readTree(result.getResponse().getContentAsByteArray());
		assertThat(docs.get("openapi").asText()).startsWith("3.");

		List<Op> publicOps = new ArrayList<>();
		List<Op> staffOps = new ArrayList<>();
		for (Op op : apiOperations()) {
			(answersAStranger(op) ? publicOps : staffOps).add(op);
		}
		assertThat(publicOps).extracting(Op::key).as("public operations found by asking without login")
				.contains("POST /api/v1/requests", "GET /api/v1/requests/track", "POST /api/v1/petitions",
						"GET /api/v1/petitions/track", "GET /api/v1/calendar/deadline", "GET /api/v1/disclosure/search");
		assertThat(staffOps).as("staff operations").hasSizeGreaterThan(5);

		Set<String> missing = new TreeSet<>();
		for (Op op : publicOps) {
			JsonNode operation = docs.path("paths").path(op.path()).path(op.method().toLowerCase(Locale.ROOT));
			if (operation.isMissingNode()) {
				missing.add(op.key() + ": not described");
				continue;
			}
			boolean takesBody = java.util.Arrays.stream(op.handler().getMethodParameters())
					.anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
			if (takesBody && schemaOf(operation.path("requestBody")) == null) {
				missing.add(op.key() + ": request body without a schema");
			}
			boolean answered = false;
			for (var response : operation.path("responses").properties()) {
				if (response.getKey().startsWith("2") && schemaOf(response.getValue()) != null) {
					answered = true;
				}
			}
			if (!answered) {
				missing.add(op.key() + ": no successful answer with a schema");
			}
			if (operation.path("summary").asText().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				missing.add(op.key() + ": no Chinese summary");
			}
		}
		assertThat(missing).isEmpty();

		Set<String> described = describedOperations(docs);
		assertThat(described).as("the public description holds the public operations and nothing else")
				.isEqualTo(new TreeSet<>(publicOps.stream().map(Op::key).toList()));

		JsonNode group = JSON.readTree(mvc.perform(get("/v3/api-docs/public")).andReturn().getResponse().getContentAsByteArray());
		assertThat(describedOperations(group)).isEqualTo(described);
	}

	@Test
	void everyExampleFitsItsSchema() throws Exception {
		for (String path : List.of("/v3/api-docs", "/v3/api-docs/staff")) {
			var editor = users.loadUserByUsername("editor");
			JsonNode docs = JSON.readTree(mvc.perform(get(path).with(user(editor))).andReturn().getResponse().getContentAsByteArray());
			List<String> problems = new ArrayList<>();
			int[] examples = { 0 };
			docs.path("paths").properties().forEach(p -> p.getValue().properties().forEach(o -> {
				String where = o.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey();
				JsonNode operation = o.getValue();
				checkContent(docs, where + " request", operation.path("requestBody").path("content"), problems, examples);
				operation.path("responses").properties().forEach(r -> checkContent(docs, where + " " + r.getKey(),
						r.getValue().path("content"), problems, examples));
				for (JsonNode parameter : operation.path("parameters")) {
					if (parameter.has("example")) {
						examples[0]++;
						check(docs, parameter.path("schema"), parameter.get("example"), where + " ?" + parameter.path("name").asText(), problems);
					}
				}
			}));
			if (path.equals("/v3/api-docs")) {
				assertThat(examples[0]).as("examples in the public description").isGreaterThanOrEqualTo(12);
			}
			assertThat(problems).as(path).isEmpty();
		}
	}

	@Test
	void theExampleCheckCatchesAnExampleThatDoesNotFit() throws Exception {
		JsonNode docs = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsByteArray());
		JsonNode schema = docs.path("paths").path("/api/v1/petitions").path("post").path("requestBody").path("content")
				.path("application/json").path("schema");
		List<String> problems = new ArrayList<>();
		check(docs, schema, JSON.readTree("{\"agency\":\"640000-xfj\",\"channel\":\"网上投诉\"}"), "missing", problems);
		check(docs, schema, JSON.readTree("{\"agency\":1,\"channel\":\"网上投诉\",\"name\":\"甲\",\"phone\":\"13800138000\","
				+ "\"title\":\"t\",\"content\":\"c\",\"category\":\"URBAN_HOUSING\"}"), "type", problems);
		check(docs, schema, JSON.readTree("{\"agency\":\"a\",\"channel\":\"网上投诉\",\"name\":\"甲\",\"phone\":\"13800138000\","
				+ "\"title\":\"t\",\"content\":\"c\",\"category\":\"URBAN_HOUSING\",\"unknown\":1}"), "unknown", problems);
		assertThat(problems).anyMatch(p -> p.startsWith("missing: required member name"))
				.anyMatch(p -> p.startsWith("type.agency: 1 is not string"))
				.anyMatch(p -> p.startsWith("unknown: member unknown is not in the schema"))
				.allMatch(p -> p.startsWith("missing:") || p.startsWith("type.") || p.startsWith("unknown:"));
	}

	@Test
	void theStaffDescriptionAndSwaggerUiAreForLoggedInStaff() throws Exception {
		MvcResult anonymous = mvc.perform(get("/v3/api-docs/staff")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.perform(get("/swagger-ui.html")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");

		var handler = users.loadUserByUsername("handler");
		JsonNode staff = JSON.readTree(mvc.perform(get("/v3/api-docs/staff").with(user(handler))).andReturn().getResponse()
				.getContentAsByteArray());
		Set<String> described = describedOperations(staff);
		assertThat(described).contains("GET /api/v1/me", "GET /api/v1/requests", "POST /api/v1/requests/{id}/actions/{action}")
				.doesNotContain("POST /api/v1/requests", "GET /api/v1/requests/track");

		MvcResult ui = mvc.perform(get("/swagger-ui/index.html").with(user(handler))).andReturn();
		assertThat(ui.getResponse().getStatus()).isEqualTo(200);
		String page = ui.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("swagger-ui-bundle.js").doesNotContainPattern("(src|href)=\"https?://");
		// Swagger UI's script may set inline styles; scripts still come from the site only, and no other page relaxes
		assertThat(ui.getResponse().getHeader("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'")
				.contains("script-src 'self';");
		assertThat(mvc.perform(get("/open-data")).andReturn().getResponse().getHeader("Content-Security-Policy"))
				.doesNotContain("unsafe-inline").contains("style-src 'self';");
		MvcResult config = mvc.perform(get("/v3/api-docs/swagger-config").with(user(handler))).andReturn();
		assertThat(config.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("/v3/api-docs/public")
				.contains("/v3/api-docs/staff").doesNotContain("validator.swagger.io").doesNotContain("petstore");
	}

	// ------------------------------------------------------------------ helpers

	/** Every operation under /api/v1 the application maps. */
	private List<Op> apiOperations() {
		List<Op> ops = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/v1/")) {
					continue;
				}
				String path = pattern.replaceAll("\\{([A-Za-z]+):[^}]*}", "{$1}");
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					ops.add(new Op(method.name(), path, handler));
				}
			}
		});
		return ops;
	}

	/** Whether the operation lets a caller without login past the door (any answer but 401, 403 or the login). */
	private boolean answersAStranger(Op op) throws Exception {
		String path = op.path().replaceAll("\\{[^}]+}", "1");
		MvcResult result = mvc.perform(request(HttpMethod.valueOf(op.method()), path)
				.header("User-Agent", "api-docs-test").contentType("application/json").content("{}")).andReturn();
		int status = result.getResponse().getStatus();
		boolean toLogin = status == 302 && String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/login");
		return !(toLogin || status == 401 || status == 403);
	}

	private static Set<String> describedOperations(JsonNode docs) {
		Set<String> described = new TreeSet<>();
		docs.path("paths").properties().forEach(p -> p.getValue().properties()
				.forEach(o -> described.add(o.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey())));
		return described;
	}

	/** The schema of a request body or answer's JSON content, or null. */
	private static JsonNode schemaOf(JsonNode withContent) {
		JsonNode schema = withContent.path("content").path("application/json").path("schema");
		if (schema.isMissingNode()) {
			Iterator<Map.Entry<String, JsonNode>> any = withContent.path("content").properties().iterator();
			schema = any.hasNext() ? any.next().getValue().path("schema") : schema;
		}
		return schema.isMissingNode() || schema.isEmpty() ? null : schema;
	}

	private static void checkContent(JsonNode docs, String where, JsonNode content, List<String> problems, int[] count) {
		content.properties().forEach(media -> {
			JsonNode schema = media.getValue().path("schema");
			if (media.getValue().has("example")) {
				count[0]++;
				check(docs, schema, parsed(media.getValue().get("example")), where + " example", problems);
			}
			media.getValue().path("examples").properties().forEach(e -> {
				count[0]++;
				check(docs, schema, parsed(e.getValue().path("value")), where + " example " + e.getKey(), problems);
			});
		});
	}

	/** An example given as a JSON text (as annotations write them) is read as JSON. */
	private static JsonNode parsed(JsonNode example) {
		if (example.isString()) {
			String text = example.asText().strip();
			if (text.startsWith("{") || text.startsWith("[")) {
				return JSON.readTree(text);
			}
		}
		return example;
	}

	/** A structural check of a value against a schema: type, required members, no unknown members, items. */
	static void check(JsonNode docs, JsonNode schema, JsonNode value, String where, List<String> problems) {
		schema = resolve(docs, schema);
		if (schema == null || schema.isMissingNode()) {
			problems.add(where + ": no schema");
			return;
		}
		if (value == null || value.isNull()) {
			if (!nullable(schema) && !schema.isEmpty()) {
				problems.add(where + ": null where the schema does not allow it");
			}
			return;
		}
		String type = type(schema);
		if (type == null) {
			return; // any value
		}
		boolean fits = switch (type) {
			case "object" -> value.isObject();
			case "array" -> value.isArray();
			case "string" -> value.isString();
			case "integer" -> value.isIntegralNumber() || value.isString() && value.asText().matches("-?[0-9]+");
			case "number" -> value.isNumber() || value.isString() && value.asText().matches("-?[0-9]+(\\.[0-9]+)?");
			case "boolean" -> value.isBoolean() || value.isString() && value.asText().matches("true|false");
			default -> true;
		};
		if (!fits) {
			problems.add(where + ": " + value + " is not " + type);
			return;
		}
		if (type.equals("string") && value.isString() && "date".equals(schema.path("format").asText())
				&& !value.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
			problems.add(where + ": " + value + " is not a date");
		}
		if (type.equals("object")) {
			JsonNode properties = schema.path("properties");
			for (JsonNode required : schema.path("required")) {
				if (!value.has(required.asText())) {
					problems.add(where + ": required member " + required.asText() + " missing");
				}
			}
			boolean closed = properties.isObject() && !properties.isEmpty()
					&& !schema.path("additionalProperties").isObject() && !schema.path("additionalProperties").asBoolean(false);
			Set<String> required = new TreeSet<>();
			schema.path("required").forEach(r -> required.add(r.asText()));
			value.properties().forEach(member -> {
				if (member.getValue().isNull() && !required.contains(member.getKey()) && properties.has(member.getKey())) {
					return; // an optional member may be absent or null
				}
				if (properties.has(member.getKey())) {
					check(docs, properties.get(member.getKey()), member.getValue(), where + "." + member.getKey(), problems);
				}
				else if (closed) {
					problems.add(where + ": member " + member.getKey() + " is not in the schema");
				}
			});
		}
		if (type.equals("array")) {
			int i = 0;
			for (JsonNode element : value) {
				check(docs, schema.path("items"), element, where + "[" + i++ + "]", problems);
			}
		}
	}

	private static JsonNode resolve(JsonNode docs, JsonNode schema) {
		int depth = 0;
		while (schema != null && schema.has("$ref") && depth++ < 10) {
			String ref = schema.get("$ref").asText();
			schema = docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		if (schema != null && schema.has("allOf") && schema.get("allOf").size() == 1) {
			return resolve(docs, schema.get("allOf").get(0));
		}
		return schema;
	}

	/** The schema's type: OpenAPI 3.0 writes one, 3.1 may write a list with "null". */
	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isString()) {
			return type.asText();
		}
		for (JsonNode t : type) {
			if (!t.asText().equals("null")) {
				return t.asText();
			}
		}
		return schema.has("properties") ? "object" : null;
	}

	private static boolean nullable(JsonNode schema) {
		if (schema.path("nullable").asBoolean(false)) {
			return true;
		}
		for (JsonNode t : schema.path("type")) {
			if (t.asText().equals("null")) {
				return true;
			}
		}
		return false;
	}

}
