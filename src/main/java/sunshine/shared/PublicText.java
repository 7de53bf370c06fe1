package sunshine.shared;

/**
 * What is kept of a text someone submits, on every public field alike: the controls that reorder
 * text for display (the bidirectional embeddings, overrides and isolates, U+202A–U+202E,
 * U+2066–U+2069, and the marks U+200E, U+200F, U+061C) are removed — in a Chinese form they only
 * serve to make a name or a file name read differently from what is stored — and a text made
 * only of invisible characters (spaces of every width, NBSP, zero-width spaces and joiners, the
 * byte-order mark, Hangul fillers, the blank Braille pattern) counts as empty, so "required"
 * means something visible.
 */
public final class PublicText {

	private PublicText() {
	}

	public static String clean(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String kept = text;
		if (hasBidiControl(text)) {
			var out = new StringBuilder(text.length());
			text.codePoints().filter(c -> !isBidiControl(c)).forEach(out::appendCodePoint);
			kept = out.toString();
		}
		return kept.codePoints().allMatch(PublicText::isInvisible) ? "" : kept;
	}

	public static boolean isBidiControl(int c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
	}

	private static boolean hasBidiControl(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isBidiControl(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** A character that shows nothing: white space of any kind, a format character, a filler. */
	public static boolean isInvisible(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
				|| Character.isISOControl(c) || c == 0x3164 || c == 0x115F || c == 0x1160 || c == 0xFFA0 || c == 0x2800
				|| c == 0x180E || c == 0x034F;
	}
}
