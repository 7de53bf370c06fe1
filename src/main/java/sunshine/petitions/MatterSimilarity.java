package sunshine.petitions;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike two petitions' matters read (重复信访): the cosine of the sets of Chinese character bigrams of
 * their title and content, from 0 (nothing in common) to 1 (the same text); a set, not counts, so that a place
 * name written twice in a short phone record does not outweigh what happened there. Bigrams need no dictionary, so a
 * matter told again in other words — a letter rewritten as a phone call, a visit, a message on the board —
 * still shares its place names, parties and complaint; the words every petition uses (尊敬的领导, 反映,
 * 要求, 解决…) are left out first, so that two different matters of one person do not look alike for the
 * way petitions are written. Works on decrypted text in memory, over the few candidates of one person.
 */
public final class MatterSimilarity {

	/** Words of the petition genre, not of any one matter. */
	private static final List<String> GENRE_WORDS = List.of("尊敬的领导", "尊敬的", "领导", "您好", "你好", "来电人",
			"来访人", "来电", "来访", "来信", "信访人", "本人", "我是", "我们", "反映", "情况", "问题", "要求", "希望", "请求",
			"恳请", "尽快", "解决", "处理", "相关部门", "有关部门", "政府", "谢谢", "此致", "敬礼", "多次", "再次", "至今", "一直",
			"已经", "没有", "结果", "居民", "群众", "地点", "这边", "这里", "但是", "督促", "整改", "依法", "查处", "说法", "帮忙",
			"赔偿", "过问", "谁来管", "管管", "找过", "向",
			"称", "的", "了", "是", "在", "和", "也", "都", "就", "我", "他", "她");

	private MatterSimilarity() {
	}

	/** The similarity of two matters, each as title and content. */
	public static double of(String titleA, String contentA, String titleB, String contentB) {
		return cosine(bigrams(titleA, contentA), bigrams(titleB, contentB));
	}

	/** The character bigrams of the texts (each once), genre words and everything but letters and digits removed. */
	static Map<String, Integer> bigrams(String... texts) {
		Map<String, Integer> counts = new HashMap<>();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			for (String run : normalise(text).split(" +")) {
				for (int i = 0; i + 1 < run.length(); i++) {
					counts.put(run.substring(i, i + 2), 1);
				}
				if (run.length() == 1) {
					counts.put(run, 1);
				}
			}
		}
		return counts;
	}

	/** Full-width folded, lower case, genre words and punctuation turned into breaks between runs. */
	static String normalise(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
		for (String word : GENRE_WORDS) {
			folded = folded.replace(word, " ");
		}
		var out = new StringBuilder(folded.length());
		folded.codePoints().forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) ? c : ' '));
		return out.toString().strip();
	}

	static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		double dot = 0;
		for (var e : a.entrySet()) {
			Integer other = b.get(e.getKey());
			if (other != null) {
				dot += (double) e.getValue() * other;
			}
		}
		return dot / (norm(a) * norm(b));
	}

	private static double norm(Map<String, Integer> v) {
		double sum = 0;
		for (int n : v.values()) {
			sum += (double) n * n;
		}
		return Math.sqrt(sum);
	}
}
