package sunshine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A moment is written for people on the Shanghai clock, the Chinese way on Chinese pages; and no template
 * formats a time on its own (a template formatter writes an instant in UTC, eight hours off).
 */
class TimesTests {

	final Times times = new Times();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesAMessageSentAt1558BeijingTimeAs1558() {
		Instant sent = Instant.parse("2026-12-03T07:58:12Z");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(times.at(sent)).isEqualTo("2026年12月3日 15:58");
		assertThat(times.seconds(sent)).isEqualTo("2026年12月3日 15:58:12");
		assertThat(times.day(LocalDate.of(2026, 1, 5))).isEqualTo("2026年1月5日");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(times.at(sent)).isEqualTo("3 Dec 2026, 15:58");
		assertThat(times.at((Instant) null)).isEmpty();
	}

	@Test
	void crossesMidnightOnTheShanghaiClock() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(times.at(Instant.parse("2026-12-31T16:30:00Z"))).isEqualTo("2027年1月1日 00:30");
	}

	@Test
	void noTemplateFormatsATimeWithoutTheSharedFormatter() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			var offenders = files.filter(p -> p.toString().endsWith(".html")).filter(p -> {
				try {
					String text = Files.readString(p);
					return text.contains("#temporals.format") || text.contains("#dates.format");
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).map(Path::toString).toList();
			assertThat(offenders).as("use ${@times.at(…)}").isEmpty();
		}
	}
}
