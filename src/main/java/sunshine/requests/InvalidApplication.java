package sunshine.requests;

import java.util.List;

/** An application that cannot be registered as typed; nothing was stored. */
public class InvalidApplication extends RuntimeException {

	private final List<RequestApplication.Problem> problems;

	public InvalidApplication(List<RequestApplication.Problem> problems) {
		super("Invalid application: " + problems.stream().map(RequestApplication.Problem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public List<RequestApplication.Problem> problems() {
		return problems;
	}
}
