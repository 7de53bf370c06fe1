package sunshine.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way a moment is written for people: on the clock of the agencies (Asia/Shanghai), the Chinese
 * way ({@code 2026年12月3日 15:58}) on Chinese pages and {@code 3 Dec 2026, 15:58} on English ones.
 * An {@link Instant} is never formatted on its own: without a zone, a template formatter writes it in UTC,
 * eight hours behind what the citizen's clock showed. Templates call it as {@code ${@times.at(x)}}.
 */
@Component("times")
public class Times {

	/** The zone of every time shown to people and of every legal date. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm", Locale.CHINA);

	private static final DateTimeFormatter CHINESE_SECONDS = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm:ss",
			Locale.CHINA);

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINA);

	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.UK);

	private static final DateTimeFormatter ENGLISH_SECONDS = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm:ss",
			Locale.UK);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

	/** The moment on the Shanghai clock, to the minute, in the reader's language; empty for none. */
	public String at(Instant instant) {
		return instant == null ? "" : format(instant, LocaleContextHolder.getLocale(), false);
	}

	/** The same with seconds (the audit log, backups). */
	public String seconds(Instant instant) {
		return instant == null ? "" : format(instant, LocaleContextHolder.getLocale(), true);
	}

	/** A wall-clock time already taken in Asia/Shanghai. */
	public String at(LocalDateTime local) {
		return local == null ? "" : at(local.atZone(ZONE).toInstant());
	}

	/** The same with seconds. */
	public String seconds(LocalDateTime local) {
		return local == null ? "" : seconds(local.atZone(ZONE).toInstant());
	}

	/** A day, the Chinese way ({@code 2026年12月3日}) or {@code 3 Dec 2026}. */
	public String day(LocalDate day) {
		return day == null ? "" : day(day, LocaleContextHolder.getLocale());
	}

	/** A day in the given language. */
	public static String day(LocalDate day, Locale locale) {
		return (english(locale) ? ENGLISH_DATE : CHINESE_DATE).format(day);
	}

	/** The moment on the Shanghai clock in the given language. */
	public static String format(Instant instant, Locale locale, boolean withSeconds) {
		ZonedDateTime local = instant.atZone(ZONE);
		boolean english = english(locale);
		DateTimeFormatter format = withSeconds ? (english ? ENGLISH_SECONDS : CHINESE_SECONDS)
				: (english ? ENGLISH : CHINESE);
		return format.format(local);
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}
}
