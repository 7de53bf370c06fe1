package sunshine.notify;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a gateway's answer: a 2xx status, and a result code of 0 or {@code OK} when the body has one. */
final class HttpGatewayAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpGatewayAnswers() {
	}

	static void check(String gateway, HttpResponse<String> response, String codeField) {
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(gateway + " gateway answered HTTP " + response.statusCode());
		}
		String body = response.body();
		if (body == null || body.isBlank()) {
			return;
		}
		JsonNode tree;
		try {
			tree = JSON.readTree(body);
		}
		catch (RuntimeException notJson) {
			return;
		}
		JsonNode code = tree.get(codeField);
		if (code == null || code.isNull()) {
			return;
		}
		String value = code.asString();
		if (!value.equals("0") && !value.equalsIgnoreCase("OK")) {
			JsonNode message = tree.has("errmsg") ? tree.get("errmsg") : tree.get("message");
			throw new IllegalStateException(gateway + " gateway refused: " + codeField + "=" + value
					+ (message == null ? "" : " " + message.asString()));
		}
	}
}
