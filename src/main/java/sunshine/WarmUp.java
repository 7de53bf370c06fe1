package sunshine;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import sunshine.disclosure.SearchIndex;

/**
 * Whether this node is ready (就绪) to serve people: logins, submissions and search work. That is
 * once every start-up step has run — holiday schedules, the demo data, the search index check
 * (Spring Boot's readiness turns to accepting traffic after the last of them) — and the search
 * index is not being built from empty. As the health indicator {@code warmUp} it is part of the
 * plain {@code /actuator/health} and of the readiness group ({@code /actuator/health/readiness}),
 * which answer 503 until then; liveness ({@code /actuator/health/liveness}) does not wait for it.
 * {@link WarmUpGate} answers every other request with 503 until then.
 */
@Component("warmUp")
class WarmUp implements HealthIndicator {

	private final ApplicationAvailability availability;
	private final SearchIndex searchIndex;

	WarmUp(ApplicationAvailability availability, SearchIndex searchIndex) {
		this.availability = availability;
		this.searchIndex = searchIndex;
	}

	boolean ready() {
		return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC && searchIndex.usable();
	}

	@Override
	public Health health() {
		if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return Health.outOfService().withDetail("starting", "start-up steps").build();
		}
		if (!searchIndex.usable()) {
			return Health.outOfService().withDetail("starting", "search index").build();
		}
		return Health.up().build();
	}
}
