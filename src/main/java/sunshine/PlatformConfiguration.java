package sunshine;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * What every module shares at run time: the clock, the password hashing, the language of the
 * pages, and the database-specific migration folder.
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration implements WebMvcConfigurer {

	/** The one clock of Sunshine; tests replace it. Legal dates are taken in Asia/Shanghai. */
	@Bean
	Clock clock() {
		return Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
	}

	/** BCrypt through the delegating encoder, so stored hashes name their algorithm and can migrate. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Pages are in Chinese unless the reader chose English with {@code ?lang=en} (kept in a cookie,
	 * never a session); the JSON API follows the caller's {@code Accept-Language}, Chinese by default.
	 */
	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("sunshine-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
				&& request.getHeader("Accept-Language") != null ? request.getLocale() : Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		registry.addInterceptor(change);
	}

	/**
	 * H2 and PostgreSQL share {@code db/migration/common}; MariaDB and MySQL read
	 * {@code db/migration/mariadb}, which holds the same schema in their dialect. The one type the
	 * first two spell differently, a binary large object, is the placeholder {@code ${blobType}}.
	 */
	@Bean
	FlywayConfigurationCustomizer databaseSpecificMigrations() {
		return configuration -> {
			try (var connection = configuration.getDataSource().getConnection()) {
				String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
				if (product.contains("mariadb") || product.contains("mysql")) {
					configuration.locations("classpath:db/migration/mariadb");
				}
				configuration.placeholders(java.util.Map.of("blobType", product.contains("postgresql") ? "bytea" : "blob"));
			}
			catch (java.sql.SQLException e) {
				throw new IllegalStateException("Cannot tell which database Sunshine runs on", e);
			}
		};
	}
}
