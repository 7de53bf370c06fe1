package sunshine.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS platform over HTTP: {@code POST <endpoint>} with {@code Authorization: Bearer <key>} and the JSON
 * a JSON object with the members phone, signName, templateId, templateParam (an object) and content; a 2xx
 * answer counts as accepted unless its JSON {@code code} is neither 0 nor OK.
 */
public class HttpSmsGateway implements SmsGateway {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NotifySettings.Gateway settings;
	private final HttpClient http;

	public HttpSmsGateway(NotifySettings.Gateway settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	@Override
	public void send(String phone, String templateId, Map<String, String> parameters, String text) throws Exception {
		var body = new LinkedHashMap<String, Object>();
		body.put("phone", phone);
		body.put("signName", settings.sign());
		body.put("templateId", templateId);
		body.put("templateParam", parameters);
		body.put("content", text);
		var request = HttpRequest.newBuilder(URI.create(settings.endpoint())).timeout(settings.timeout())
				.header("Content-Type", "application/json; charset=UTF-8")
				.header("Authorization", "Bearer " + settings.key())
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
				.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		HttpGatewayAnswers.check("SMS", response, "code");
	}
}
