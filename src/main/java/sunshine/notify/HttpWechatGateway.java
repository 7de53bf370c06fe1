package sunshine.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat template messages over HTTP, as {@code https://api.weixin.qq.com/cgi-bin/message/template/send}
 * expects: {@code POST <endpoint>?access_token=<key>} with a JSON object of touser, template_id and data (each
 * field an object with its value); an answer whose errcode is 0 means accepted.
 */
public class HttpWechatGateway implements WechatGateway {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NotifySettings.Gateway settings;
	private final HttpClient http;

	public HttpWechatGateway(NotifySettings.Gateway settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	@Override
	public void send(String openId, String templateId, Map<String, String> fields) throws Exception {
		var data = new LinkedHashMap<String, Object>();
		fields.forEach((name, value) -> data.put(name, Map.of("value", value)));
		var body = new LinkedHashMap<String, Object>();
		body.put("touser", openId);
		body.put("template_id", templateId);
		body.put("data", data);
		String endpoint = settings.endpoint();
		String url = endpoint + (endpoint.contains("?") ? "&" : "?") + "access_token="
				+ URLEncoder.encode(settings.key(), StandardCharsets.UTF_8);
		var request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
				.header("Content-Type", "application/json; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
				.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		HttpGatewayAnswers.check("WeChat", response, "errcode");
	}
}
