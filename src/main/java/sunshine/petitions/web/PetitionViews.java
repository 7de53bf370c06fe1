package sunshine.petitions.web;

import java.util.LinkedHashMap;
import java.util.Map;

import sunshine.petitions.PetitionStatistics;

/** JSON shapes of the petitions API. */
final class PetitionViews {

	private PetitionViews() {
	}

	static Map<String, Object> figures(PetitionStatistics.Figures f) {
		var body = new LinkedHashMap<String, Object>();
		body.put("received", f.received());
		body.put("replied", f.replied());
		body.put("open", f.open());
		body.put("replyRate", f.replyRate());
		body.put("onTimeRate", f.onTimeRate());
		body.put("satisfactionRate", f.satisfactionRate());
		body.put("online", f.online());
		body.put("byChannel", f.byChannel());
		body.put("repeats", f.repeats());
		return body;
	}
}
