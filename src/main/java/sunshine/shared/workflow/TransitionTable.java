package sunshine.shared.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The whole workflow of one kind of case in one table: for each action, the states it may be taken
 * from, the roles that may take it, the form it needs, and the conditions of law it must meet. The
 * aggregate checks its verbs against it, the application service checks the caller's role against it,
 * and the console derives its queues and buttons from it; nothing else holds a workflow rule.
 *
 * <p>An action may have several rows (e.g. the reviewer returns a draft from 待审核, the signing
 * leader from 待签发). A row either moves the case on or only annotates its file ({@link Row#annotation()}:
 * 督办, 听证); annotations do not put a case in anybody's queue.
 *
 * @param <T> the aggregate
 * @param <S> its states
 * @param <A> its actions
 * @param <R> the roles
 */
public final class TransitionTable<T, S extends Enum<S>, A extends Enum<A>, R extends Enum<R>> {

	/** A condition an action must meet beyond the state, with the key of its explanation. */
	public record Guard<T>(Predicate<T> holds, String refusalKey) {
	}

	/** One row: the action, from where, by whom, with which form, under which conditions. */
	public record Row<T, S, A, R>(A action, Set<S> from, Set<R> roles, Class<? extends Record> form,
			List<Guard<T>> guards, boolean annotation) {
	}

	private final Class<S> states;
	private final Function<T, S> stateOf;
	private final String illegalStateKey;
	private final String roleKey;
	private final List<Row<T, S, A, R>> rows;

	private TransitionTable(Class<S> states, Function<T, S> stateOf, String illegalStateKey, String roleKey,
			List<Row<T, S, A, R>> rows) {
		this.states = states;
		this.stateOf = stateOf;
		this.illegalStateKey = illegalStateKey;
		this.roleKey = roleKey;
		this.rows = List.copyOf(rows);
	}

	/**
	 * Starts a table.
	 *
	 * @param stateOf reads the aggregate's state
	 * @param illegalStateKey the explanation when the state does not allow an action
	 * @param roleKey the explanation when the caller's role does not
	 */
	public static <T, S extends Enum<S>, A extends Enum<A>, R extends Enum<R>> Builder<T, S, A, R> of(Class<S> states,
			Class<A> actions, Class<R> roles, Function<T, S> stateOf, String illegalStateKey, String roleKey) {
		return new Builder<>(states, stateOf, illegalStateKey, roleKey);
	}

	/** Every row, in the order written. */
	public List<Row<T, S, A, R>> rows() {
		return rows;
	}

	/** The actions the case allows now, for anyone: its state and every condition of law. */
	public Set<A> allowed(T aggregate) {
		Set<A> actions = new LinkedHashSet<>();
		for (var row : rows) {
			if (applies(row, aggregate)) {
				actions.add(row.action());
			}
		}
		return actions;
	}

	/** The actions the case allows now to someone with these roles. */
	public Set<A> allowedTo(T aggregate, Collection<R> roles) {
		Set<A> actions = new LinkedHashSet<>();
		for (var row : rows) {
			if (applies(row, aggregate) && row.roles().stream().anyMatch(roles::contains)) {
				actions.add(row.action());
			}
		}
		return actions;
	}

	/**
	 * Checks that the case allows the action now; throws {@link IllegalTransition} naming the rule that
	 * refuses it (the state, or the first condition that does not hold).
	 */
	public void check(T aggregate, A action) {
		S state = stateOf.apply(aggregate);
		var candidates = rows.stream().filter(r -> r.action() == action && r.from().contains(state)).toList();
		if (candidates.isEmpty()) {
			throw new IllegalTransition(illegalStateKey, action.name(), state.name());
		}
		for (var row : candidates) {
			var failed = row.guards().stream().filter(g -> !g.holds().test(aggregate)).findFirst();
			if (failed.isEmpty()) {
				return;
			}
			if (row == candidates.get(candidates.size() - 1)) {
				throw new IllegalTransition(failed.get().refusalKey());
			}
		}
	}

	/**
	 * Checks that someone with these roles may take the action on the case in its present state;
	 * throws {@link NotPermitted} otherwise. The state itself is checked by {@link #check}.
	 */
	public void checkRole(T aggregate, A action, Collection<R> roles) {
		S state = stateOf.apply(aggregate);
		var rowsHere = rows.stream().filter(r -> r.action() == action && r.from().contains(state)).toList();
		var reachable = rowsHere.isEmpty() ? rows.stream().filter(r -> r.action() == action).toList() : rowsHere;
		if (reachable.stream().noneMatch(r -> r.roles().stream().anyMatch(roles::contains))) {
			throw new NotPermitted(roleKey, action.name());
		}
	}

	/** The roles that may take the action in some state. */
	public Set<R> rolesFor(A action) {
		Set<R> roles = new LinkedHashSet<>();
		rows.stream().filter(r -> r.action() == action).forEach(r -> roles.addAll(r.roles()));
		return roles;
	}

	/** The states whose cases wait for someone with the role: those it moves on from. */
	public Set<S> queueOf(R role) {
		Set<S> queue = EnumSet.noneOf(states);
		rows.stream().filter(r -> !r.annotation() && r.roles().contains(role)).forEach(r -> queue.addAll(r.from()));
		return queue;
	}

	/** The form the action takes (an empty record when it needs none). */
	public Class<? extends Record> formOf(A action) {
		return rows.stream().filter(r -> r.action() == action).map(Row::form).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No row for " + action));
	}

	private boolean applies(Row<T, S, A, R> row, T aggregate) {
		return row.from().contains(stateOf.apply(aggregate)) && row.guards().stream().allMatch(g -> g.holds().test(aggregate));
	}

	/** Writes a table row by row: {@code on(ACCEPT).from(REGISTERED).by(REGISTRAR).form(NoForm.class)}. */
	public static final class Builder<T, S extends Enum<S>, A extends Enum<A>, R extends Enum<R>> {

		private final Class<S> states;
		private final Function<T, S> stateOf;
		private final String illegalStateKey;
		private final String roleKey;
		private final List<Row<T, S, A, R>> rows = new ArrayList<>();

		private Builder(Class<S> states, Function<T, S> stateOf, String illegalStateKey, String roleKey) {
			this.states = states;
			this.stateOf = stateOf;
			this.illegalStateKey = illegalStateKey;
			this.roleKey = roleKey;
		}

		/** A row for the action. */
		public RowBuilder on(A action) {
			return new RowBuilder(action);
		}

		public TransitionTable<T, S, A, R> build() {
			return new TransitionTable<>(states, stateOf, illegalStateKey, roleKey, rows);
		}

		/** One row under construction; {@link #by} and {@link #form} complete it. */
		public final class RowBuilder {
			private final A action;
			private Set<S> from;
			private Set<R> roles;
			private Class<? extends Record> form = NoForm.class;
			private final List<Guard<T>> guards = new ArrayList<>();
			private boolean annotation;

			private RowBuilder(A action) {
				this.action = action;
			}

			@SafeVarargs
			public final RowBuilder from(S first, S... more) {
				this.from = EnumSet.of(first, more);
				return this;
			}

			public RowBuilder from(Set<S> states) {
				this.from = EnumSet.copyOf(states);
				return this;
			}

			@SafeVarargs
			public final RowBuilder by(R first, R... more) {
				this.roles = Set.copyOf(EnumSet.of(first, more));
				return this;
			}

			/** A condition of law beyond the state, refused with the given explanation. */
			public RowBuilder when(Predicate<T> condition, String refusalKey) {
				guards.add(new Guard<>(condition, refusalKey));
				return this;
			}

			/** The row only annotates the file; it puts no case in a queue. */
			public RowBuilder annotation() {
				this.annotation = true;
				return this;
			}

			/** Completes the row with the form the action takes. */
			public Builder<T, S, A, R> form(Class<? extends Record> form) {
				this.form = form;
				return add();
			}

			/** Completes the row; the action takes no form. */
			public Builder<T, S, A, R> noForm() {
				return form(NoForm.class);
			}

			private Builder<T, S, A, R> add() {
				if (from == null || roles == null) {
					throw new IllegalStateException(action + ": a row needs from(…) and by(…)");
				}
				rows.add(new Row<>(action, Set.copyOf(from), roles, form, List.copyOf(guards), annotation));
				return Builder.this;
			}
		}
	}

	/** The form of an action that takes no input. */
	public record NoForm() {
	}
}
