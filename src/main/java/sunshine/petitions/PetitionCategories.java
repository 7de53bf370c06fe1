package sunshine.petitions;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.shared.RecordRows;

/**
 * The classification tree of petition contents (信访内容分类): editable; the migration ships sensible
 * defaults (城乡建设, 劳动社保, 国土资源, 农村农业, 政法, 卫生健康, 教育, 民政, 环境保护, 其他 and their
 * sub-categories).
 */
@Service
public class PetitionCategories {

	/** One node of the tree. */
	public record Category(String code, String parentCode, String name, int sortOrder) {
	}

	/** A category was added to the tree (audited). */
	public record CategoryAdded(String code, String name, String by) implements sunshine.shared.AuditableEvent {
		@Override
		public String action() {
			return "petitions.categoryAdded";
		}

		@Override
		public String subject() {
			return code;
		}

		@Override
		public String detail() {
			return name;
		}
	}

	private final JdbcClient jdbc;
	private final org.springframework.context.ApplicationEventPublisher events;

	PetitionCategories(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Category> all() {
		return jdbc.sql("""
				select code, parent_code, name, sort_order from petition_category
				order by coalesce(parent_code, code), case when parent_code is null then 0 else 1 end, sort_order
				""").query(RecordRows.of(Category.class)).list();
	}

	/** The category by its code or its exact name. */
	@Transactional(readOnly = true)
	public Optional<Category> find(String codeOrName) {
		if (codeOrName == null || codeOrName.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select code, parent_code, name, sort_order from petition_category where code = :v or name = :v")
				.param("v", codeOrName.strip()).query(RecordRows.of(Category.class)).optional();
	}

	/** Adds a category under {@code parentCode} (or at the top). */
	@Transactional
	public void add(String code, String parentCode, String name, String by) {
		Integer next = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from petition_category").query(Integer.class)
				.single();
		jdbc.sql("insert into petition_category (code, parent_code, name, sort_order) values (:c, :p, :n, :s)")
				.param("c", code).param("p", parentCode).param("n", name).param("s", next).update();
		events.publishEvent(new CategoryAdded(code, name, by));
	}
}
