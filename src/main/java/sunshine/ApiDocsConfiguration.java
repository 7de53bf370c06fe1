package sunshine;

import org.springdoc.core.filters.OpenApiMethodFilter;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import sunshine.shared.web.PublicApi;

/**
 * The API description (springdoc): {@code /v3/api-docs} and its group {@code /v3/api-docs/public} describe
 * the public JSON API — the endpoints marked {@link PublicApi} — and are readable without login;
 * {@code /v3/api-docs/staff} describes the staff API and, like Swagger UI ({@code /swagger-ui.html}), is for
 * logged-in staff (see {@code SecurityConfiguration}). The description is built on first request from the
 * controllers in memory; Swagger UI is served from its jar; nothing is fetched from the internet (the online
 * validator badge is switched off in {@code application.properties}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI sunshineOpenApi() {
		return new OpenAPI().info(new Info().title("阳光政务 Sunshine API").version("v1")
				.description("政务公开与网上信访平台的 JSON 接口。公开接口无需登录；工作人员接口需登录（会话或 HTTP Basic）。"
						+ "错误以 JSON 返回（error、message、fields），消息为中文（Accept-Language: en 时为英文）。"));
	}

	/** The default description ({@code /v3/api-docs}): the public endpoints only. */
	@Bean
	OpenApiMethodFilter publicOnly() {
		return method -> method.isAnnotationPresent(PublicApi.class);
	}

	@Bean
	GroupedOpenApi publicApi() {
		return GroupedOpenApi.builder().group("public").displayName("公开接口 Public API").pathsToMatch("/api/**")
				.addOpenApiMethodFilter(method -> method.isAnnotationPresent(PublicApi.class)).build();
	}

	@Bean
	GroupedOpenApi staffApi() {
		return GroupedOpenApi.builder().group("staff").displayName("工作人员接口 Staff API").pathsToMatch("/api/**")
				.addOpenApiMethodFilter(method -> !method.isAnnotationPresent(PublicApi.class)).build();
	}
}
