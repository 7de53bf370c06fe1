/**
 * The public site (门户): the home page and the public pages the other modules offer. A thin UI
 * over the modules' APIs, with no entities of its own; no page creates a session for a reader.
 * Here: the home page (linking 政府信息公开, 依申请公开, 网上信访, tracking, 信息公开年报 and the
 * deadline calculator), the 政府信息公开 column with its editable sub-columns, the catalogue with
 * its filters, item pages with attachments, and the full-text search page — all GET, all working
 * without JavaScript, over {@code sunshine.disclosure}'s API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal 门户")
package sunshine.portal;
