/**
 * Disclosure on application (依申请公开, the Chinese freedom-of-information request) under
 * 《中华人民共和国政府信息公开条例》(国务院令第711号, in force 2019-05-15; requests received
 * earlier follow 国务院令第492号 of 2008): intake online and by staff (当面, 信函, 传真, 电子邮件)
 * with the receipt date of 第三十一条; the statutory clock on the working-day calendar (20 + 20
 * working days, 补正 restart, consultation pauses, the agency-set date of 第三十五条); outcomes in the
 * 2021 annual-report taxonomy; the 信息处理费 of 国办函〔2020〕109号; notices as PDF and Word;
 * reconsideration, litigation and complaints; the staff queue; public tracking by tracking code and
 * query code.
 *
 * <p>{@link sunshine.requests.DisclosureRequest} is the aggregate; its package-private verbs guard
 * the workflow and register events, {@link sunshine.requests.DisclosureRequestManagement} is their
 * only caller. Each legal rule lives in one class with its article: {@link sunshine.requests.Regime},
 * {@link sunshine.requests.ReceiptDateRule}, {@link sunshine.requests.AnswerClock},
 * {@link sunshine.requests.ProcessingFee}, {@link sunshine.requests.Outcome}. The reporting module
 * reads only the SQL views {@code report_requests_applications} and {@code report_requests_remedies}
 * (migration V3).
 *
 * <p>Across procedures (V18): an application that is really a petition (第三十九条第一款) is concluded as
 * R5_1 and registered as a petition through {@link sunshine.requests.PetitionRouting}, which the petitions
 * module implements (so this module never depends on it); information granted on application is published
 * to the {@code disclosure} catalogue once ({@link sunshine.requests.DisclosureRequestManagement#disclose}), and
 * a later application for it is answered by pointing to the item (已主动公开).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests 依申请公开",
		allowedDependencies = { "shared", "agency", "calendar", "documents", "disclosure", "notify" })
package sunshine.requests;
