import java.time.LocalDate;
import java.util.List;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import sunshine.documents.DocumentRendering;
import sunshine.documents.OfficialLetter;

/**
 * How long one official letter takes to render to PDF once warm (the figure the staff pages wait for).
 * Arguments: letters to render (default 20), the limit in ms per letter (default 1000); exits 1 over it.
 * Run with bench/letter-rendering.sh.
 */
public class LetterRendering {

	public static void main(String[] args) throws Exception {
		int letters = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		long limit = args.length > 1 ? Long.parseLong(args[1]) : 1000;
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		// the application builds it with its template engine; here it is built by hand, outside Spring
		var constructor = DocumentRendering.class.getDeclaredConstructor(org.thymeleaf.ITemplateEngine.class);
		constructor.setAccessible(true);
		var rendering = constructor.newInstance(engine);
		var letter = new OfficialLetter("宁夏回族自治区信访局", "政府信息公开申请答复书", "查询码：GK-2025-ABCDEFGH", "张三",
				List.of("本机关于2025年3月3日收到您的政府信息公开申请。", "经审查，予以公开。"),
				List.of(List.of("计收方式", "金额"), List.of("按量计收", "4700 元")), "宁夏回族自治区信访局",
				LocalDate.of(2025, 3, 20));
		rendering.pdf(letter);
		long started = System.nanoTime();
		for (int i = 0; i < letters; i++) {
			rendering.pdf(letter);
		}
		long perLetter = (System.nanoTime() - started) / letters / 1_000_000;
		System.out.printf("letter to PDF: %d ms per letter (%d letters, limit %d ms)%n", perLetter, letters, limit);
		System.exit(perLetter <= limit ? 0 : 1);
	}
}
