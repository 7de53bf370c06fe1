package sunshine.abuse;

/**
 * A challenge issued with a public form. The browser finds a {@code nonce} such that
 * SHA-256({@code token} + ":" + nonce) starts with {@code difficultyBits} zero bits; a browser
 * without JavaScript answers {@code question} (simple arithmetic in Chinese) instead.
 */
public record Challenge(String token, int difficultyBits, String question) {
}
