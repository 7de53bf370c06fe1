package sunshine.shared.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.databind.JsonNode;

/**
 * Binds the form record of an action from a console form or a JSON body, and validates it with its Bean
 * Validation constraints: one binding for both, so the console and the API accept and refuse the same
 * input with the same Chinese messages, each named by field. A value of the wrong kind (an object where
 * text belongs, letters where a number belongs) is refused by name; nothing reaches the domain unchecked.
 */
@Component
public class ActionForms {

	/** A bound form, or the problems by field (in the reader's language) and what was typed. */
	public record Bound<F>(F form, Map<String, String> errors, Map<String, String> typed) {

		public boolean valid() {
			return errors.isEmpty();
		}
	}

	/** A form that did not bind or validate: a 400 naming each field. */
	public static class Invalid extends RuntimeException {
		private final Map<String, String> errors;

		public Invalid(Map<String, String> errors) {
			super("Invalid form: " + errors.keySet());
			this.errors = Map.copyOf(errors);
		}

		public Map<String, String> errors() {
			return errors;
		}
	}

	private static final ConversionService CONVERSION = DefaultConversionService.getSharedInstance();

	private final Validator validator;
	private final MessageSource messages;

	public ActionForms(Validator validator, MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
	}

	/** Binds from form fields (the console). */
	public <F extends Record> Bound<F> fromFields(Class<F> type, Function<String, String> field, Locale locale) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (RecordComponent component : type.getRecordComponents()) {
			values.put(component.getName(), field.apply(component.getName()));
		}
		return bind(type, values, locale);
	}

	/** Binds from a JSON object (the API); members of the wrong JSON kind are refused by name. */
	public <F extends Record> Bound<F> fromJson(Class<F> type, JsonNode body, Locale locale) {
		Map<String, Object> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		if (body != null && !body.isNull() && !body.isObject()) {
			errors.put("body", messages.getMessage("shared.form.notAnObject", null, locale));
		}
		for (RecordComponent component : type.getRecordComponents()) {
			JsonNode member = body == null || !body.isObject() ? null : body.get(component.getName());
			if (member == null || member.isNull()) {
				values.put(component.getName(), null);
			}
			else if (member.isValueNode()) {
				values.put(component.getName(), member.asString());
			}
			else {
				errors.put(component.getName(), messages.getMessage("shared.form.wrongKind",
						new Object[] { label(type, component.getName(), locale) }, locale));
			}
		}
		Bound<F> bound = bind(type, values, locale);
		if (errors.isEmpty()) {
			return bound;
		}
		errors.putAll(bound.errors());
		return new Bound<>(null, errors, bound.typed());
	}

	/** Binds and throws {@link Invalid} when the form does not validate. */
	public static <F> F require(Bound<F> bound) {
		if (!bound.valid()) {
			throw new Invalid(bound.errors());
		}
		return bound.form();
	}

	private <F extends Record> Bound<F> bind(Class<F> type, Map<String, Object> values, Locale locale) {
		RecordComponent[] components = type.getRecordComponents();
		Object[] arguments = new Object[components.length];
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, String> typed = new LinkedHashMap<>();
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			Object raw = values.get(component.getName());
			String text = raw == null ? null : raw.toString().strip();
			if (text != null) {
				typed.put(component.getName(), text);
			}
			if (text == null || text.isEmpty()) {
				arguments[i] = component.getType() == String.class ? text : null;
				continue;
			}
			try {
				arguments[i] = component.getType() == java.time.LocalDate.class ? java.time.LocalDate.parse(text)
						: CONVERSION.convert(text, component.getType());
			}
			catch (ConversionException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
				errors.put(component.getName(), messages.getMessage("shared.form.wrongValue",
						new Object[] { label(type, component.getName(), locale), text }, locale));
			}
		}
		if (!errors.isEmpty()) {
			return new Bound<>(null, errors, typed);
		}
		F form = construct(type, components, arguments);
		for (ConstraintViolation<F> violation : validator.validate(form)) {
			errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
		}
		return new Bound<>(errors.isEmpty() ? form : null, errors, typed);
	}

	/** The field's label: the owning module's own ({@code requests.field.date}), else the common one ({@code form.date}). */
	private String label(Class<?> type, String field, Locale locale) {
		String module = type.getPackageName().replaceFirst("^sunshine\\.", "").replaceFirst("\\..*$", "");
		String common = messages.getMessage("form." + field, null, field, locale);
		return messages.getMessage(module + ".field." + field, null, common, locale);
	}

	private static <F extends Record> F construct(Class<F> type, RecordComponent[] components, Object[] arguments) {
		try {
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
			}
			Constructor<F> constructor = type.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor.newInstance(arguments);
		}
		catch (InvocationTargetException e) {
			throw new IllegalArgumentException(e.getCause());
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
		}
	}
}
