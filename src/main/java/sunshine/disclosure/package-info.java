/**
 * Proactive disclosure (主动公开): the disclosure catalogue of each agency — information items
 * ({@link sunshine.disclosure.InformationItem}) with their 索引号, lifecycle and the channels that
 * carried them — normative documents (规章、行政规范性文件) and their policy interpretations
 * (政策解读), hotspot responses (回应关注热点), the yearly registers the annual report needs, the
 * editable sub-columns of the portal's 政府信息公开 column, and the Chinese full-text search index.
 *
 * <p>Statistics are never counters: {@link sunshine.disclosure.DisclosureQueries} counts records
 * with SQL, and the migration publishes the views {@code report_disclosure_*} that the reporting
 * module reads. "不同渠道和方式公开相同信息计1条": an item counts once in a year however many
 * channels carried it that year, and once in each channel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure 主动公开",
		allowedDependencies = { "shared", "agency", "calendar" })
package sunshine.disclosure;
