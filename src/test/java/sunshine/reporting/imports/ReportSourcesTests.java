package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import sunshine.Property;
import sunshine.reporting.Fixtures;
import sunshine.reporting.imports.ReportSources.Found;
import sunshine.reporting.imports.ReportSources.Skipped;
import sunshine.reporting.imports.ReportSources.Upload;
import sunshine.reporting.table.ReportRow;

/**
 * What a batch import is given becomes the texts of single reports: several reports pasted one
 * after another are cut at their titles (metamorphic: each part reads exactly as the report read
 * alone), archives are unpacked, Word documents read as their tables, and what cannot be read is
 * set aside with its reason.
 */
class ReportSourcesTests {

	static final List<String> ALL = new ArrayList<>();
	static {
		ALL.add(Fixtures.SEED);
		ALL.addAll(Fixtures.PUBLISHED);
	}

	final PublishedReportParser parser = new PublishedReportParser();

	@Test
	void reportsPastedOneAfterAnotherAreCutAtTheirTitlesAndEachReadsAsItDidAlone() {
		Property.forAll(12, gen -> {
			List<String> names = new ArrayList<>(ALL);
			Collections.shuffle(names, gen.random());
			names = names.subList(0, gen.between(2, names.size()));
			boolean flattened = gen.oneIn(3);
			StringBuilder pasted = new StringBuilder();
			List<String> originals = new ArrayList<>();
			for (String name : names) {
				String text = flattened ? FlattenedTextTests.flatten(Fixtures.text(name)) : Fixtures.text(name);
				originals.add(text);
				if (!pasted.isEmpty()) {
					pasted.append(switch (gen.between(0, 3)) {
						case 0 -> "\n";
						case 1 -> "\n\n\n";
						case 2 -> "\n--------------------\n";
						default -> "\n\f\n";
					});
				}
				pasted.append(text);
			}

			List<String> parts = ReportSources.split(pasted.toString());

			assertThat(parts).as("%s, flattened %s", names, flattened).hasSize(names.size());
			for (int i = 0; i < parts.size(); i++) {
				assertSameReading(names.get(i), parts.get(i), originals.get(i));
			}
		});
	}

	@Test
	void nothingIsLostOrMovedWhenATextIsCut() {
		String pasted = Fixtures.text("004-huaian-shizhengfu-2024") + "\n" + Fixtures.text("005-hongze-quzhengfu-2023");
		List<String> parts = ReportSources.split(pasted);
		assertThat(parts).hasSize(2);
		assertThat(String.join("", parts)).isEqualTo(pasted);
		assertThat(parts.get(1)).startsWith(Fixtures.text("005-hongze-quzhengfu-2023").substring(0, 40));
	}

	@Test
	void aTitleRepeatedAsAPageHeaderOrNamedInTheBodyStartsNoNewReport() {
		String report = Fixtures.text("004-huaian-shizhengfu-2024");
		List<String> lines = new ArrayList<>(List.of(report.split("\n", -1)));
		for (int at = lines.size() - 1; at > 10; at -= 40) {
			lines.add(at, "淮安市人民政府2024年政府信息公开工作年度报告"); // a running header on every page
		}
		lines.add(20, "2023年政府信息公开工作年度报告中提出的问题已全部整改。");
		String withHeaders = String.join("\n", lines);

		assertThat(ReportSources.split(withHeaders)).as("the headers and the sentences are read as part of the report")
				.hasSize(1).first().isEqualTo(withHeaders);
	}

	@Test
	void aSignatureDateBeforeTheNextAgencysNameIsNotTakenForATitle() {
		String first = Fixtures.text("005-hongze-quzhengfu-2023").stripTrailing() + "\n淮安市洪泽区人民政府办公室\n2024年1月20日";
		String second = Fixtures.text("004-huaian-shizhengfu-2024");
		List<String> parts = ReportSources.split(first + "\n" + second);

		assertThat(parts).hasSize(2);
		assertThat(parts.get(0)).isEqualTo(first + "\n");
		assertThat(parts.get(1)).isEqualTo(second);
	}

	@Test
	void anArchiveIsUnpackedWithItsChineseNamesWhateverTheirEncodingAndWhatCannotBeReadIsSetAside() throws Exception {
		for (Charset names : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
			byte[] zip = zip(names,
					new Entry("年报/淮安市2024.txt", Fixtures.text("004-huaian-shizhengfu-2024").getBytes(StandardCharsets.UTF_8)),
					new Entry("年报/洪泽区2023.txt", Fixtures.text("005-hongze-quzhengfu-2023").getBytes(Charset.forName("GB18030"))),
					new Entry("年报/说明.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
					new Entry("年报/空白.txt", new byte[0]),
					new Entry("__MACOSX/年报/._淮安市2024.txt", new byte[] { 0, 5, 22, 7 }),
					new Entry("年报/内层.zip", zip(StandardCharsets.UTF_8, new Entry("a.txt", "x".getBytes(StandardCharsets.UTF_8)))));

			Found found = ReportSources.read(List.of(new Upload("年报合集.zip", zip)), "", "");

			assertThat(found.sources()).as(names.name()).extracting(ReportSources.Source::name)
					.containsExactly("年报合集.zip/年报/淮安市2024.txt", "年报合集.zip/年报/洪泽区2023.txt");
			assertSameReading("004-huaian-shizhengfu-2024", found.sources().get(0).text(), Fixtures.text("004-huaian-shizhengfu-2024"));
			assertSameReading("005-hongze-quzhengfu-2023", found.sources().get(1).text(), Fixtures.text("005-hongze-quzhengfu-2023"));
			assertThat(found.skipped()).as(names.name()).containsExactly(
					new Skipped("年报合集.zip/年报/说明.pdf", "reporting.batch.skipped.type"),
					new Skipped("年报合集.zip/年报/内层.zip", "reporting.batch.skipped.nested"));
		}
	}

	@Test
	void aDamagedArchiveOrAFileOfAnotherKindIsSetAsideNotFatal() {
		Found found = ReportSources.read(List.of(new Upload("坏的.zip", "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1)),
				new Upload("表格.xlsx", new byte[] { 1, 2, 3 }),
				new Upload("seed.txt", Fixtures.text(Fixtures.SEED).getBytes(StandardCharsets.UTF_8))), "", "");

		assertThat(found.sources()).extracting(ReportSources.Source::name).containsExactly("seed.txt");
		assertThat(found.skipped()).extracting(Skipped::reason)
				.containsExactly("reporting.batch.skipped.unreadable", "reporting.batch.skipped.type");
	}

	@Test
	void aWordDocumentIsReadAsItsTables() throws Exception {
		String html = ReportTextFormsTests.html(Fixtures.expected("004-huaian-shizhengfu-2024"),
				"淮安市人民政府2024年政府信息公开工作年度报告");
		byte[] docx = WordFromHtml.docx(html);

		Found found = ReportSources.read(List.of(new Upload("淮安市2024.docx", docx)), null, null);

		assertThat(found.skipped()).isEmpty();
		assertSameReading("004-huaian-shizhengfu-2024 as Word", found.sources().get(0).text(), html);
		assertThat(parser.parse(found.sources().get(0).text()).table().value("NEW", "总计")).isNotNull();
	}

	/** The part reads to the same year, agency, format and every cell as the original text alone. */
	private void assertSameReading(String what, String part, String original) {
		ParsedReport alone = parser.parse(original);
		ParsedReport cut = parser.parse(part);
		assertThat(cut.year()).as(what).isEqualTo(alone.year());
		assertThat(cut.agency()).as(what).isEqualTo(alone.agency());
		assertThat(cut.table().format()).as(what).isEqualTo(alone.table().format());
		for (ReportRow row : alone.table().layout().rows()) {
			for (String column : row.columns()) {
				BigDecimal expected = alone.table().value(row.id(), column);
				BigDecimal actual = cut.table().value(row.id(), column);
				assertThat(actual == null ? null : actual.stripTrailingZeros())
						.as("%s %s/%s", what, row.id(), column)
						.isEqualTo(expected == null ? null : expected.stripTrailingZeros());
			}
		}
	}

	record Entry(String name, byte[] content) {
	}

	static byte[] zip(Charset names, Entry... entries) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
			for (Entry entry : entries) {
				zip.putNextEntry(new ZipEntry(entry.name()));
				zip.write(entry.content());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
