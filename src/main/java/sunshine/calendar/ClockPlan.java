package sunshine.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A statutory period as the law shapes it: a start (not itself counted), a limit, and what
 * happened since — pauses whose days are not counted (e.g. third-party consultation,
 * 《政府信息公开条例》第三十三条第三款), a restart that begins a new period (e.g. 补正, 第三十条),
 * and one extension (e.g. 第三十三条第二款). Immutable; each change returns a new plan.
 */
public final class ClockPlan {

	/** A span of days, both ends included, that the period does not count. */
	public record Pause(LocalDate first, LocalDate last, String reason) {
		public Pause {
			if (last.isBefore(first)) {
				throw new IllegalArgumentException("A pause ends on or after the day it starts");
			}
		}

		boolean covers(LocalDate day) {
			return !day.isBefore(first) && !day.isAfter(last);
		}
	}

	/** A new period that starts after {@code day}, replacing the running one. */
	public record Restart(LocalDate day, String reason) {
	}

	/** More time added after the period's original end. */
	public record Extension(TimeLimit limit, String reason) {
	}

	private final LocalDate start;
	private final TimeLimit limit;
	private final List<Pause> pauses;
	private final Restart restart;
	private final Extension extension;

	private ClockPlan(LocalDate start, TimeLimit limit, List<Pause> pauses, Restart restart, Extension extension) {
		if (start == null || limit == null) {
			throw new IllegalArgumentException("A period needs a start and a limit");
		}
		this.start = start;
		this.limit = limit;
		this.pauses = List.copyOf(pauses);
		this.restart = restart;
		this.extension = extension;
	}

	/** A period of {@code limit} that starts on {@code start}; the start day itself is not counted (民法典 第二百零一条). */
	public static ClockPlan startingOn(LocalDate start, TimeLimit limit) {
		return new ClockPlan(start, limit, List.of(), null, null);
	}

	public ClockPlan pausedBetween(LocalDate first, LocalDate last, String reason) {
		var more = new ArrayList<>(pauses);
		more.add(new Pause(first, last, reason));
		return new ClockPlan(start, limit, more, restart, extension);
	}

	public ClockPlan restartedOn(LocalDate day, String reason) {
		if (day.isBefore(start)) {
			throw new IllegalArgumentException("A period cannot restart before it started");
		}
		return new ClockPlan(start, limit, pauses, new Restart(day, reason), extension);
	}

	public ClockPlan extendedBy(TimeLimit more, String reason) {
		if (extension != null) {
			throw new IllegalStateException("A period can be extended only once");
		}
		return new ClockPlan(start, limit, pauses, restart, new Extension(more, reason));
	}

	public LocalDate start() {
		return start;
	}

	public TimeLimit limit() {
		return limit;
	}

	public List<Pause> pauses() {
		return pauses;
	}

	public Optional<Restart> restart() {
		return Optional.ofNullable(restart);
	}

	public Optional<Extension> extension() {
		return Optional.ofNullable(extension);
	}

	/** The day after which counting begins: the restart day if there is one, else the start. */
	LocalDate countingFrom() {
		return restart != null ? restart.day() : start;
	}

	boolean isPaused(LocalDate day) {
		return pauses.stream().anyMatch(pause -> pause.covers(day));
	}
}
