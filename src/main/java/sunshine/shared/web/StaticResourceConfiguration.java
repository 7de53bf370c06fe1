package sunshine.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Where the stylesheets, scripts and webjars are served from — and nothing else
 * ({@code spring.web.resources.add-mappings=false} drops the catch-all {@code /**}).
 *
 * <p>Every {@code th:href} and {@code th:src} of every page passes through the resource-URL encoding.
 * With the catch-all mapping, a link such as {@code /disclosure/items/7} was looked up as a file on the
 * class path (four locations and the webjars, each a nested-jar URL behind one lock) on every render,
 * and a miss is never cached: under load the request threads queued on that lock (issue 13). With
 * explicit prefixes, a page link matches no resource handler and is left as it is at once; a stylesheet
 * or script is resolved once and then served from the resolver cache.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/images/**").addResourceLocations("classpath:/static/images/").resourceChain(true);
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
				.resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
	}
}
