/**
 * Public opinion (政务舆情): the loop the agency runs on what the public says about its work — 收集, 研判,
 * 回应, 评估 (《国务院办公厅关于在政务公开工作中进一步做好政务舆情回应的通知》国办发〔2016〕61号; the
 * seed report's plan for 2018, "建立健全政务舆情收集、研判、回应、评估机制").
 *
 * <p>An {@link sunshine.opinion.OpinionEvent} is collected by staff or read from an RSS/Atom feed the
 * agency configured ({@link sunshine.opinion.OpinionFeed}); the reviewer assesses it (level, topic,
 * agencies concerned) or decides not to respond; the disclosure editor records each response with its
 * channel and date; the reviewer evaluates the effect and closes it. {@link sunshine.opinion.OpinionWorkflow}
 * holds every rule of who may do what from where.
 *
 * <p>A response is also an answer to a hotspot of the disclosure register (回应关注热点): the event's first
 * response opens the agency's hotspot (or answers one already registered), every later one adds an answer
 * to it. The annual table therefore counts a responded event in 回应公众关注热点或重大舆情数 once however
 * many channels answered it ("不同方式回应同一热点或舆情计1次") through the disclosure module's
 * {@code report_disclosure_hotspot_responses} — this module publishes no report view and counts nothing twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opinion 政务舆情",
		allowedDependencies = { "shared", "agency", "disclosure" })
package sunshine.opinion;
