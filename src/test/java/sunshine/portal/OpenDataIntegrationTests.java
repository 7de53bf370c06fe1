package sunshine.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Element;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.Agency;
import sunshine.agency.AgencyLevel;
import sunshine.agency.AgencyLookup;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.Submission;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.RequestApplication;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 开放数据: the CSV (UTF-8 with BOM) and JSON downloads and the catalogue's Atom feed. The statistics are
 * checked three ways — against the seed report's known 2017 figures, against a count made here row by row
 * from the records (not by the code's {@code group by}), and by seeding random petitions and applications
 * and finding exactly them added — and none of the seeded citizens' names, phones or identity numbers may
 * appear in any download.
 */
@SunshineIntegrationTest
class OpenDataIntegrationTests {

	static final String[] ONLINE_CHANNELS = { "网上投诉", "领导留言板", "手机/微信" };
	static final String[] CATEGORIES = { "URBAN_HOUSING", "URBAN_WAGES", "LABOUR_PENSION", "LABOUR_DISPUTE",
			"LAND_CONTRACT", "RURAL_SUBSIDY", "LAW_POLICE" };
	static final String ID_NUMBER = "11010519491231002X";

	@Autowired
	MockMvc mvc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	DisclosureRequestManagement requests;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void csvStartsWithTheByteOrderMarkAndParses() throws Exception {
		for (String set : List.of("catalogue", "petitions-monthly", "applications-monthly")) {
			MvcResult result = mvc.perform(get("/open-data/" + set + ".csv")).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentType()).startsWith("text/csv").containsIgnoringCase("utf-8");
			byte[] body = result.getResponse().getContentAsByteArray();
			assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
			List<List<String>> rows = parseCsv(body);
			assertThat(rows).as(set).hasSizeGreaterThan(1);
			int width = rows.get(0).size();
			assertThat(rows).as("every row of " + set + " has the header's width").allMatch(r -> r.size() == width);
			// the dictionary names every column, with a Chinese name, a type and a meaning
			List<List<String>> dictionary = parseCsv(mvc.perform(get("/open-data/" + set + "-dictionary.csv")).andReturn()
					.getResponse().getContentAsByteArray());
			assertThat(dictionary.subList(1, dictionary.size()).stream().map(r -> r.get(0)).toList())
					.containsExactlyElementsOf(rows.get(0));
			assertThat(dictionary.subList(1, dictionary.size()))
					.allMatch(r -> r.size() == 4 && r.get(1).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
							&& !r.get(2).isBlank() && !r.get(3).isBlank());
		}
	}

	@Test
	void reproducesTheSeedReportsPetitionFiguresOf2017() throws Exception {
		List<Map<String, String>> rows = records("petitions-monthly", 2017);
		// the seed: 213 messages on the leader message board of the regional bureau in 2017
		long board = rows.stream().filter(r -> r.get("agency_code").equals("640000-xfj") && r.get("channel").equals("领导留言板"))
				.mapToLong(r -> Long.parseLong(r.get("received"))).sum();
		assertThat(board).isEqualTo(213);
		// and 1 600 petitions in the first half of 2017 over all 28 bureaus
		long firstHalf = rows.stream().filter(r -> Integer.parseInt(r.get("month")) <= 6)
				.mapToLong(r -> Long.parseLong(r.get("received"))).sum();
		assertThat(firstHalf).isEqualTo(1600);
	}

	@Test
	void statisticsEqualACountMadeRowByRowFromTheRecords() throws Exception {
		int year = 2017;
		Map<String, Long> expectedPetitions = new TreeMap<>();
		Map<String, String> channelLabels = Map.of("LETTER", "来信", "VISIT", "来访", "ONLINE_COMPLAINT", "网上投诉",
				"PHONE", "电话", "MESSAGE_BOARD", "领导留言板", "MOBILE", "手机/微信");
		jdbc.sql("""
				select p.received_on, a.code, p.channel, p.category_code, p.answered_on
				from petition p join agency a on a.id = p.agency_id""")
				.query(rs -> {
					LocalDate on = rs.getObject(1, LocalDate.class);
					if (on.getYear() == year) {
						String key = on.getMonthValue() + "|" + rs.getString(2) + "|" + channelLabels.get(rs.getString(3)) + "|"
								+ rs.getString(4);
						expectedPetitions.merge(key + "|received", 1L, Long::sum);
						expectedPetitions.merge(key + "|answered", rs.getObject(5) == null ? 0L : 1L, Long::sum);
					}
				});
		Map<String, Long> actualPetitions = new TreeMap<>();
		for (var r : records("petitions-monthly", year)) {
			String key = r.get("month") + "|" + r.get("agency_code") + "|" + r.get("channel") + "|" + r.get("category_code");
			actualPetitions.put(key + "|received", Long.parseLong(r.get("received")));
			actualPetitions.put(key + "|answered", Long.parseLong(r.get("answered")));
			long received = Long.parseLong(r.get("received"));
			long answered = Long.parseLong(r.get("answered"));
			assertThat(new java.math.BigDecimal(r.get("reply_rate")))
					.isEqualByComparingTo(java.math.BigDecimal.valueOf(answered * 100).divide(java.math.BigDecimal.valueOf(received), 1,
							java.math.RoundingMode.HALF_UP));
		}
		assertThat(actualPetitions).isEqualTo(expectedPetitions);

		Map<String, Long> expectedApplications = new TreeMap<>();
		jdbc.sql("""
				select r.received_on, a.code, r.channel, r.concluded_on
				from disclosure_request r join agency a on a.id = r.agency_id""")
				.query(rs -> {
					LocalDate on = rs.getObject(1, LocalDate.class);
					if (on.getYear() == year) {
						expectedApplications.merge(on.getMonthValue() + "|" + rs.getString(2) + "|received", 1L, Long::sum);
						expectedApplications.merge(on.getMonthValue() + "|" + rs.getString(2) + "|concluded",
								rs.getObject(4) == null ? 0L : 1L, Long::sum);
					}
				});
		Map<String, Long> actualApplications = new TreeMap<>();
		for (var r : records("applications-monthly", year)) {
			actualApplications.merge(r.get("month") + "|" + r.get("agency_code") + "|received", Long.parseLong(r.get("received")), Long::sum);
			actualApplications.merge(r.get("month") + "|" + r.get("agency_code") + "|concluded", Long.parseLong(r.get("concluded")), Long::sum);
		}
		assertThat(actualApplications).isEqualTo(expectedApplications);
	}

	@Test
	void seededPetitionsAndApplicationsAreCountedAndTheirPeopleNeverAppear() throws Exception {
		Random random = new Random(System.nanoTime());
		int year = LocalDate.now(clock).getYear();
		int month = LocalDate.now(clock).getMonthValue();
		List<Agency> counties = agencies.tree().stream().filter(a -> a.getLevel() == AgencyLevel.COUNTY).toList();
		Agency county = counties.get(random.nextInt(counties.size()));
		Map<String, Long> beforePetitions = counts(records("petitions-monthly", year), "channel", "category_code");
		Map<String, Long> beforeApplications = counts(records("applications-monthly", year), "channel", "applicant_type");

		Map<String, Long> seeded = new HashMap<>();
		List<String> people = new ArrayList<>();
		int n = 3 + random.nextInt(8);
		for (int i = 0; i < n; i++) {
			String channel = ONLINE_CHANNELS[random.nextInt(ONLINE_CHANNELS.length)];
			String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
			String name = "开放数据信访人" + Long.toString(Math.abs(random.nextLong()), 36);
			String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
			petitions.submitOnline(new Submission(county.getCode(), channel, name, ID_NUMBER, phone, "银川市某街道" + i + "号",
					"开放数据测试事项" + i, "开放数据测试事项的内容，共" + i + "项。", category, null));
			seeded.merge(month + "|" + county.getCode() + "|" + channel + "|" + category, 1L, Long::sum);
			people.add(name);
			people.add(phone);
		}
		int m = 2 + random.nextInt(5);
		for (int i = 0; i < m; i++) {
			String name = "开放数据申请人" + Long.toString(Math.abs(random.nextLong()), 36);
			String phone = "138" + String.format("%08d", random.nextInt(100_000_000));
			requests.submitOnline(new RequestApplication(county.getCode(), "自然人", name, null, ID_NUMBER, null, null, phone,
					"银川市某路" + i + "号", null, "开放数据测试所需信息" + i, null, "电子数据"));
			people.add(name);
			people.add(phone);
		}
		people.add(ID_NUMBER);

		Map<String, Long> afterPetitions = counts(records("petitions-monthly", year), "channel", "category_code");
		Map<String, Long> added = new HashMap<>();
		afterPetitions.forEach((key, value) -> {
			long delta = value - beforePetitions.getOrDefault(key, 0L);
			if (delta != 0) {
				added.put(key, delta);
			}
		});
		assertThat(added).isEqualTo(seeded);
		Map<String, Long> afterApplications = counts(records("applications-monthly", year), "channel", "applicant_type");
		long applicationsAdded = afterApplications.entrySet().stream()
				.filter(e -> e.getKey().startsWith(month + "|" + county.getCode() + "|"))
				.mapToLong(e -> e.getValue() - beforeApplications.getOrDefault(e.getKey(), 0L)).sum();
		assertThat(applicationsAdded).isEqualTo(m);
		assertThat(afterApplications.get(month + "|" + county.getCode() + "|在线申请|自然人")
				- beforeApplications.getOrDefault(month + "|" + county.getCode() + "|在线申请|自然人", 0L)).isEqualTo(m);

		for (String set : List.of("catalogue", "petitions-monthly", "applications-monthly")) {
			for (String format : List.of(".csv", ".json", ".csv?year=" + year, ".json?year=" + year)) {
				String body = new String(mvc.perform(get("/open-data/" + set + format)).andReturn().getResponse()
						.getContentAsByteArray(), StandardCharsets.UTF_8);
				for (String secret : people) {
					assertThat(body).as(set + format).doesNotContain(secret);
				}
				if (!set.equals("catalogue")) {
					assertThat(body).as("no phone number in " + set + format).doesNotContainPattern("1[3-9][0-9]{9}");
					assertThat(body).as("no identity number in " + set + format).doesNotContainPattern("[0-9]{17}[0-9Xx]");
				}
			}
		}
	}

	@Test
	void jsonCarriesTheDictionaryAndTheSameRecordsAsTheCsv() throws Exception {
		JsonNode json = JsonMapper.builder().build().readTree(mvc.perform(get("/open-data/petitions-monthly.json?year=2017"))
				.andReturn().getResponse().getContentAsByteArray());
		assertThat(json.get("dataset").asText()).isEqualTo("petitions-monthly");
		List<String> fields = new ArrayList<>();
		json.get("dictionary").forEach(e -> fields.add(e.get("field").asText()));
		List<Map<String, String>> csv = records("petitions-monthly", 2017);
		assertThat(fields).containsExactlyElementsOf(csv.get(0).keySet());
		assertThat(json.get("records").size()).isEqualTo(csv.size());
		long jsonReceived = 0;
		for (JsonNode r : json.get("records")) {
			jsonReceived += r.get("received").asLong();
		}
		assertThat(jsonReceived).isEqualTo(csv.stream().mapToLong(r -> Long.parseLong(r.get("received"))).sum());
	}

	@Test
	void badYearIsRefusedAndUnknownSetIsNotFound() throws Exception {
		assertThat(mvc.perform(get("/open-data/petitions-monthly.csv?year=abc")).andReturn().getResponse().getStatus())
				.isEqualTo(400);
		assertThat(mvc.perform(get("/open-data/nothing.csv")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void catalogueFeedIsWellFormedAtomWithTheLatestItems() throws Exception {
		MvcResult result = mvc.perform(get("/open-data/catalogue.atom")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		Element feed = document.getDocumentElement();
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		assertThat(entries.getLength()).isBetween(1, 50);
		Set<String> titles = new java.util.HashSet<>();
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			for (String required : List.of("title", "id", "updated")) {
				assertThat(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required).getLength()).isEqualTo(1);
			}
			titles.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
		}
		// the newest published item of the catalogue is in the feed
		String newest = jdbc.sql("""
				select title from disclosure_item where status = 'PUBLISHED'
				order by published_on desc, id desc fetch first 1 rows only""").query(String.class).single();
		assertThat(titles).contains(newest);
	}

	@Test
	void pageListsEveryDataSetWithItsDictionaryInChinese() throws Exception {
		MvcResult result = mvc.perform(get("/open-data")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("开放数据", "政府信息公开目录", "信访事项月度统计", "政府信息公开申请月度统计", "数据字典",
				"/open-data/catalogue.atom", "/open-data/petitions-monthly.csv", "/open-data/applications-monthly.json");
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	/** The records of a data set's CSV as maps from field to text. */
	private List<Map<String, String>> records(String set, int year) throws Exception {
		List<List<String>> rows = parseCsv(mvc.perform(get("/open-data/" + set + ".csv?year=" + year)).andReturn().getResponse()
				.getContentAsByteArray());
		List<Map<String, String>> records = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			Map<String, String> record = new java.util.LinkedHashMap<>();
			for (int i = 0; i < row.size(); i++) {
				record.put(rows.get(0).get(i), row.get(i));
			}
			records.add(record);
		}
		return records;
	}

	private static Map<String, Long> counts(List<Map<String, String>> records, String channel, String category) {
		Map<String, Long> counts = new HashMap<>();
		records.forEach(r -> counts.merge(r.get("month") + "|" + r.get("agency_code") + "|" + r.get(channel) + "|"
				+ r.get(category), Long.parseLong(r.get("received")), Long::sum));
		return counts;
	}

	/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; lines end in CRLF. The BOM is skipped. */
	static List<List<String>> parseCsv(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}
		assertThat(quoted).as("no quote left open").isFalse();
		assertThat(cell.length() == 0 && row.isEmpty()).as("the file ends with CRLF").isTrue();
		return rows;
	}
}
