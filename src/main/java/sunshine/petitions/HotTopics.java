package sunshine.petitions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Hot topics (热点问题): the words that recur most in petition titles, found by Chinese word
 * segmentation (Lucene smartcn). Single characters, numbers and words that say nothing about the
 * subject (问题, 请求, 关于 …) are left out.
 */
public final class HotTopics {

	/** A word and how many texts use it. */
	public record Topic(String word, long count) {
	}

	private static final Set<String> STOP = Set.of("问题", "请求", "关于", "反映", "要求", "有关", "咨询", "建议", "我们",
			"没有", "进行", "处理", "情况", "部门", "相关", "一直", "长期", "至今", "迟迟");

	private HotTopics() {
	}

	/** The {@code limit} most frequent words of the texts, each counted once per text. */
	public static List<Topic> of(List<String> texts, int limit) {
		Map<String, Long> counts = new HashMap<>();
		try (var analyzer = new SmartChineseAnalyzer()) {
			for (String text : texts) {
				if (text == null) {
					continue;
				}
				var seen = new java.util.HashSet<String>();
				try (TokenStream stream = analyzer.tokenStream("t", text)) {
					CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
					stream.reset();
					while (stream.incrementToken()) {
						String word = term.toString();
						if (word.length() >= 2 && !STOP.contains(word) && !word.chars().allMatch(Character::isDigit)
								&& word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
							seen.add(word);
						}
					}
					stream.end();
				}
				seen.forEach(word -> counts.merge(word, 1L, Long::sum));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return counts.entrySet().stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(limit).map(e -> new Topic(e.getKey(), e.getValue())).toList();
	}
}
