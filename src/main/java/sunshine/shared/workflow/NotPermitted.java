package sunshine.shared.workflow;

/**
 * The caller's role or data scope does not reach the action: a 403 at the web edge. Distinct from
 * {@link IllegalTransition}, which says the case is not in a state for it.
 */
public class NotPermitted extends IllegalTransition {

	public NotPermitted(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
