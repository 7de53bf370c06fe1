package sunshine.petitions.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import sunshine.petitions.HistoryEntry;
import sunshine.petitions.Petition;
import sunshine.petitions.PetitionStatistics;

/** JSON shapes of the petitions API. */
final class PetitionViews {

	private PetitionViews() {
	}

	/** What the citizen sees of their case: every step, never staff-internal notes or others' data. */
	static Map<String, Object> tracking(Petition p, MessageSource messages, Locale locale) {
		var body = new LinkedHashMap<String, Object>();
		body.put("trackingCode", p.getTrackingCode());
		body.put("title", p.getTitle());
		body.put("channel", p.getChannel().label());
		body.put("status", p.getStatus().name());
		body.put("statusLabel", messages.getMessage("petitions.status." + p.getStatus().name(), null, locale));
		body.put("step", messages.getMessage("petitions.step." + p.getStatus().step().name(), null, locale));
		body.put("level", p.getReviewLevel().name());
		body.put("receivedOn", p.getReceivedOn().toString());
		body.put("dueOn", p.getDueOn() == null ? null : p.getDueOn().toString());
		body.put("unit", p.getUnitName());
		body.put("refusalReason", p.getRefusalReason());
		body.put("transferredTo", p.getTransferredTo());
		body.put("reply", p.getReply());
		body.put("answeredOn", p.getAnsweredOn() == null ? null : p.getAnsweredOn().toString());
		body.put("rating", p.getRating() == null ? null : p.getRating().label());
		var steps = new ArrayList<Map<String, Object>>();
		for (HistoryEntry entry : p.getHistory()) {
			var step = new LinkedHashMap<String, Object>();
			step.put("at", entry.getOccurredAt().toString());
			step.put("step", messages.getMessage("petitions.step." + entry.getStep().name(), null, locale));
			step.put("action", messages.getMessage("petitions.action." + entry.getAction(), null, entry.getAction(),
					locale));
			step.put("dueOn", entry.getDueOn() == null ? null : entry.getDueOn().toString());
			if (entry.isVisibleToCitizen()) {
				step.put("note", entry.getNote());
			}
			steps.add(step);
		}
		body.put("steps", steps);
		return body;
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
		return body;
	}
}
