package sunshine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The clock of the integration tests. It starts at the instant given by the system property
 * {@value #PROPERTY} (else now) and runs on in real time from there; tests may move it forward.
 *
 * <p>{@code mvn verify -Dsunshine.test.now=2026-12-31T23:59:30} runs the whole suite as if it had been
 * started half a minute before midnight in Asia/Shanghai. The property takes an instant with offset
 * ({@code 2027-01-01T00:00:00+08:00}), a local date-time or a date (both read in Asia/Shanghai).
 */
public class MutableClock extends Clock {

	/** The system property that sets the instant a test run starts at. */
	public static final String PROPERTY = "sunshine.test.now";

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final ZoneId zone;
	private final Duration start;
	private volatile Duration offset = Duration.ZERO;

	public MutableClock(ZoneId zone) {
		this(zone, startingOffset());
	}

	private MutableClock(ZoneId zone, Duration start) {
		this.zone = zone;
		this.start = start;
	}

	/** How far the run's starting instant lies from real time: zero unless {@value #PROPERTY} is set. */
	static Duration startingOffset() {
		Instant start = configuredStart();
		return start == null ? Duration.ZERO : Duration.between(Instant.now(), start);
	}

	/** The instant {@value #PROPERTY} names, or null when it is not set. */
	public static Instant configuredStart() {
		String value = System.getProperty(PROPERTY, "").trim();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			try {
				return LocalDateTime.parse(value).atZone(SHANGHAI).toInstant();
			}
			catch (DateTimeParseException notLocal) {
				return LocalDate.parse(value).atStartOfDay(SHANGHAI).toInstant();
			}
		}
	}

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	/** Back to the run's own time (the configured start, running on), undoing every advance. */
	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock parent = this;
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return parent.withZone(other);
			}

			@Override
			public Instant instant() {
				return parent.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(start).plus(offset);
	}
}
