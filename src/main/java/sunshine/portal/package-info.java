/**
 * The public site (门户): every page and JSON endpoint a citizen reaches without logging in, as a thin
 * UI over the other modules' published APIs, with no entities of its own. Here: the home page, the
 * 政府信息公开 column with its sub-columns, the catalogue, item pages and full-text search (over
 * {@code disclosure}); the 依申请公开 form, tracking and the applicant's letters, with
 * {@code POST /api/v1/requests} and {@code GET /api/v1/requests/track} (over {@code requests}); 网上投,
 * 网上查, 网上评, 复查/复核 requests and the message board, with {@code POST /api/v1/petitions} and
 * {@code GET /api/v1/petitions/track} (over {@code petitions}); the 信息公开年报 column with each published
 * report as a page and a PDF (over {@code reporting}'s document interface). Only the portal asks the {@code abuse}
 * module to admit a public submission or look-up. No reading page creates a session.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal 门户")
package sunshine.portal;
