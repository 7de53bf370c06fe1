import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The search workload's limit: the same Chinese queries run straight on the catalogue's Lucene index
 * (the one Hibernate Search keeps under data-dir/index/disclosure_item), with the same analyzer
 * (smartcn), the same fields (title, text) and the first page of 20 hits with their stored title.
 * Prints p50 and p95 in ms. Run: java -cp 'lib/*' bench/RawLucene.java INDEX-DIR QUERIES-FILE ROUNDS
 */
public class RawLucene {

	public static void main(String[] args) throws Exception {
		List<String> queries = Files.readAllLines(Path.of(args[1])).stream().filter(q -> !q.isBlank()).toList();
		int rounds = Integer.parseInt(args[2]);
		try (var directory = FSDirectory.open(Path.of(args[0], "disclosure_item"));
				var reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			var parser = new SimpleQueryParser(new SmartChineseAnalyzer(), java.util.Map.of("title", 1f, "text", 1f));
			for (String q : queries) { // warm-up
				searcher.search(parser.parse(q), 20);
			}
			List<Double> times = new ArrayList<>();
			long hits = 0;
			for (int round = 0; round < rounds; round++) {
				for (String q : queries) {
					long start = System.nanoTime();
					Query query = parser.parse(q);
					TopDocs top = searcher.search(query, 20);
					var stored = searcher.storedFields();
					for (var hit : top.scoreDocs) {
						stored.document(hit.doc);
					}
					hits += top.totalHits.value;
					times.add((System.nanoTime() - start) / 1e6);
				}
			}
			double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			System.out.printf("documents %d, hits %d%n", reader.numDocs(), hits);
			System.out.printf("p50 %.2f%n", sorted[sorted.length / 2]);
			System.out.printf("p95 %.2f%n", sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.95) - 1)]);
		}
	}
}
