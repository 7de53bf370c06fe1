package sunshine.agency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login lockout (等保 2.0 身份鉴别: 登录失败处理): after {@code maxFailures} wrong passwords in a
 * row the account is locked for {@code lockFor}.
 */
@ConfigurationProperties("sunshine.security.lockout")
public record LockoutPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {
}
