package sunshine.requests;

import java.time.LocalDate;

/**
 * 信息处理费 — 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), in force from 2021-01-01.
 * Two progressive methods; for each request the agency uses one, never both (第三条):
 * <ul>
 * <li>{@link #perRequest 按件计收} (第四条): counted per applicant per natural month — the 1st to the
 * 10th request free; the 11th to the 30th 100 元 each; from the 31st, bands of ten, each band 100 元
 * dearer (31–40: 200 元, 41–50: 300 元 …);</li>
 * <li>{@link #perPage 按量计收} (第五条), for paper copies, e-mail or copies of electronic data, per
 * request: pages 1–30 free; 31–100 10 元/页; 101–200 20 元/页; from 201 40 元/页.</li>
 * </ul>
 * Exemptions and reductions are not encoded: their text was not verified. The applicant pays within
 * 20 working days from the day after receiving the notice, else the request is treated as abandoned
 * (outcome （六）2; 四川省 implementing notice of 2021-01-18, restating the 办法).
 */
public final class ProcessingFee {

	/** The first day the 办法 applies (provincial implementing notices: 2021-01-01). */
	public static final LocalDate EFFECTIVE = LocalDate.of(2021, 1, 1);

	/** Working days the applicant has to pay, counted from the day after receiving the notice. */
	public static final int PAYMENT_WORKING_DAYS = 20;

	/** The two methods of 第三条. */
	public enum Method {
		/** 按件计收. */
		PER_REQUEST,
		/** 按量计收. */
		PER_PAGE
	}

	private ProcessingFee() {
	}

	/**
	 * 按件计收 (第四条): the fee, in yuan, of the applicant's {@code nth} request of the natural month.
	 *
	 * @param nth 1 for the applicant's first request of the month
	 */
	public static int perRequest(int nth) {
		if (nth < 1) {
			throw new IllegalArgumentException("Requests are counted from 1");
		}
		if (nth <= 10) {
			return 0;
		}
		if (nth <= 30) {
			return 100;
		}
		return 100 * (2 + (nth - 31) / 10);
	}

	/** 按量计收 (第五条): the fee, in yuan, of one request of {@code pages} pages, band by band. */
	public static int perPage(int pages) {
		if (pages < 0) {
			throw new IllegalArgumentException("A page count is not negative");
		}
		int fee = 0;
		fee += 10 * band(pages, 30, 100);
		fee += 20 * band(pages, 100, 200);
		fee += 40 * Math.max(0, pages - 200);
		return fee;
	}

	/** How many of the pages fall after {@code above} and up to {@code upTo}. */
	private static int band(int pages, int above, int upTo) {
		return Math.max(0, Math.min(pages, upTo) - above);
	}
}
