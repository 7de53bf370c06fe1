package sunshine.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of a public JSON body, read by their expected type. A text field takes a JSON string
 * (a whole number is taken as its digits: a phone number sent as a number is still a phone
 * number); an object, an array or {@code true}/{@code false} where text belongs is a wrong type,
 * named with its field — never the object's {@code toString()} stored as if it had been typed.
 */
public final class JsonFields {

	/** A field that held a value of the wrong JSON type; {@code messageKey} is in the foundation bundle. */
	public record WrongType(String field, String messageKey, List<Object> arguments) {
	}

	private final Map<String, Object> body;
	private final List<WrongType> wrong = new ArrayList<>();

	public JsonFields(Map<String, Object> body) {
		this.body = body == null ? Map.of() : body;
	}

	/** The text of a field; {@code null} when absent, JSON {@code null} or of a wrong type (then recorded). */
	public String text(String field) {
		Object value = body.get(field);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		if (isWhole(value)) {
			return new BigDecimal(value.toString()).toBigInteger().toString();
		}
		wrong.add(new WrongType(field, "api.error.notText", List.of(field, new org.springframework.context.support.DefaultMessageSourceResolvable("api.type." + kind(value)))));
		return null;
	}

	/** A whole number; {@code null} when absent; a text, a fraction or anything else is a wrong type (recorded). */
	public Integer integer(String field) {
		Object value = body.get(field);
		if (value == null) {
			return null;
		}
		if (isWhole(value)) {
			BigInteger whole = new BigDecimal(value.toString()).toBigInteger();
			if (whole.bitLength() < 32) {
				return whole.intValue();
			}
		}
		wrong.add(new WrongType(field, "api.error.notWholeNumber", List.of(field, new org.springframework.context.support.DefaultMessageSourceResolvable("api.type." + kind(value)))));
		return null;
	}

	/** The text of a field for the limits and the duplicate window, without judging its type. */
	public String peek(String field) {
		Object value = body.get(field);
		return value instanceof String text ? text : null;
	}

	/** The fields that held a value of the wrong type, in the order they were read. */
	public List<WrongType> wrongTypes() {
		return List.copyOf(wrong);
	}

	private static boolean isWhole(Object value) {
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger) {
			return true;
		}
		if (value instanceof Number number && !(value instanceof Float) && !(value instanceof Double)) {
			try {
				new BigDecimal(number.toString()).toBigIntegerExact();
				return true;
			}
			catch (ArithmeticException | NumberFormatException e) {
				return false;
			}
		}
		return false;
	}

	/** The JSON type of a value, as the message names it (a key suffix of {@code api.type.*}). */
	private static String kind(Object value) {
		if (value instanceof Map<?, ?>) {
			return "object";
		}
		if (value instanceof List<?>) {
			return "array";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		if (value instanceof Number) {
			return "number";
		}
		return "text";
	}
}
