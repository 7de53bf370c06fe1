package sunshine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible string lives in the bundles: for each bundle ({@code messages} and the modules'
 * {@code i18n/*}) Chinese (the default file) and English ({@code _en}) hold the same keys, and every
 * literal key a template or the Java code names exists in some bundle.
 */
class MessageBundleTests {

	static final Path RESOURCES = Path.of("src/main/resources");
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[}(]");
	static final Pattern JAVA_KEY = Pattern.compile(
			"(?<!return )\"((?:backup|calendar|deadline|password|staff|login|api|audit|console|role|error|abuse|disclosure|requests|petitions|reporting|notify|opinion)\\.[A-Za-z][\\w.-]*[A-Za-z])\"");

	static final String[] BUNDLES = { "messages", "i18n/disclosure", "i18n/requests", "i18n/petitions",
			"i18n/reporting", "i18n/notify", "i18n/opinion" };

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		for (String bundle : BUNDLES) {
			Set<String> chinese = keys(bundle + ".properties");
			Set<String> english = keys(bundle + "_en.properties");
			assertThat(difference(chinese, english)).as("keys missing in %s_en.properties", bundle).isEmpty();
			assertThat(difference(english, chinese)).as("keys missing in %s.properties", bundle).isEmpty();
		}
	}

	@Test
	void theApplicationReadsEveryBundle() throws IOException {
		var application = load("application.properties");
		assertThat(application.getProperty("spring.messages.basename").split(",")).containsExactly(BUNDLES);
	}

	@Test
	void chineseIsTheDefaultBundle() throws IOException {
		Properties chinese = load("messages.properties");
		assertThat(chinese.getProperty("site.name")).isEqualTo("阳光政务");
		assertThat(chinese.getProperty("login.title")).isEqualTo("工作人员登录");
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = allKeys();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				var matcher = TEMPLATE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(file.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyTheCodeNamesExists() throws IOException {
		Set<String> known = allKeys();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				var matcher = JAVA_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = matcher.group(1);
					boolean prefixOfDynamicKey = key.endsWith(".") || known.stream().anyMatch(k -> k.startsWith(key + "."));
					if (!known.contains(key) && !prefixOfDynamicKey) {
						missing.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> all = new TreeSet<>();
		for (String bundle : BUNDLES) {
			all.addAll(keys(bundle + ".properties"));
		}
		return all;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		var result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Set<String> keys(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(bundle)), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
