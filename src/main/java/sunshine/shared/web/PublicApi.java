package sunshine.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON endpoint that anyone may call without logging in (the public API). The API description
 * ({@code /v3/api-docs}, group {@code public}) lists exactly the endpoints so marked, each with the schema
 * and examples of its request and answers; everything else under {@code /api} is the staff API (group
 * {@code staff}, for logged-in staff). Who may really call an endpoint is still decided by
 * {@code SecurityConfiguration.PUBLIC_API}: a test checks that the two agree.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicApi {
}
