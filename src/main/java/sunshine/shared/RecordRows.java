package sunshine.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps each row of a query to a Java record by column label: {@code unit_name}, {@code UNIT_NAME} and
 * {@code unitName} all fill the component {@code unitName}. The labels are read once per result set
 * from its metadata, so no column is ever looked up by a name it does not have.
 *
 * <p>Use it instead of {@code JdbcClient…query(SomeRecord.class)}: Spring's property mapper tries
 * {@code ResultSet.findColumn("unitName")} first and falls back to {@code unit_name} when that throws;
 * the embedded database writes every such exception to its trace file, so a work list of 50 rows left
 * hundreds of {@code Column "unitName" not found} stack traces there (issue 13).
 */
public final class RecordRows<T extends Record> implements RowMapper<T> {

	private static final ConversionService CONVERSION = DefaultConversionService.getSharedInstance();

	private final Class<T> type;
	private final RecordComponent[] components;
	private final Constructor<T> constructor;
	private ResultSet mappedSet;
	private int[] columns;

	private RecordRows(Class<T> type) {
		this.type = type;
		this.components = type.getRecordComponents();
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
		}
		try {
			this.constructor = type.getDeclaredConstructor(types);
			this.constructor.setAccessible(true);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalArgumentException(type + " has no canonical constructor", ex);
		}
	}

	/** A mapper to {@code type}; one per query (it remembers the columns of the result set it maps). */
	public static <T extends Record> RecordRows<T> of(Class<T> type) {
		return new RecordRows<>(type);
	}

	/** The key a label and a component name share: lower case, underscores dropped. */
	static String key(String name) {
		return name.replace("_", "").toLowerCase(Locale.ROOT);
	}

	@Override
	public T mapRow(ResultSet rs, int rowNum) throws SQLException {
		if (rs != mappedSet) {
			columns = columnsOf(rs.getMetaData());
			mappedSet = rs;
		}
		Object[] args = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			Class<?> wanted = components[i].getType();
			Object value = JdbcUtils.getResultSetValue(rs, columns[i], wanted);
			if (value == null) {
				args[i] = wanted.isPrimitive() ? zeroOf(wanted) : null;
			}
			else if (wanted.isPrimitive() || !wanted.isInstance(value)) {
				args[i] = CONVERSION.convert(value, wanted);
			}
			else {
				args[i] = value;
			}
		}
		try {
			return constructor.newInstance(args);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot construct " + type.getName(), ex);
		}
	}

	private static Object zeroOf(Class<?> primitive) {
		if (primitive == boolean.class) {
			return false;
		}
		if (primitive == char.class) {
			return '\0';
		}
		return CONVERSION.convert(0, primitive);
	}

	private int[] columnsOf(ResultSetMetaData metaData) throws SQLException {
		Map<String, Integer> byKey = new HashMap<>();
		for (int column = 1; column <= metaData.getColumnCount(); column++) {
			byKey.putIfAbsent(key(JdbcUtils.lookupColumnName(metaData, column)), column);
		}
		int[] result = new int[components.length];
		for (int i = 0; i < components.length; i++) {
			Integer column = byKey.get(key(components[i].getName()));
			if (column == null) {
				throw new IllegalStateException("the query for " + type.getSimpleName() + " has no column for "
						+ components[i].getName() + " (columns: " + byKey.keySet() + ")");
			}
			result[i] = column;
		}
		return result;
	}
}
