package sunshine.shared.workflow;

/** No such case, or none the caller may see: a 404 at the web edge, the same for both so nothing is revealed. */
public class NotFound extends IllegalTransition {

	public NotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
