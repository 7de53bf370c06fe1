package sunshine.disclosure.internal;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Chinese word segmentation for the search index: Lucene's smartcn analyzer (a hidden Markov model
 * over a Chinese dictionary), registered as {@code smartcn}; 政府信息公开 → 政府 / 信息 / 公开.
 * Referenced by {@code hibernate.search.backend.analysis.configurer=bean:smartcnAnalysisConfigurer}.
 */
@Component("smartcnAnalysisConfigurer")
public class SmartcnAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("smartcn").instance(new SmartChineseAnalyzer());
	}
}
