package sunshine.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import sunshine.agency.StaffNames;

/** The audit log read by labels: actions, the codes and keys inside a detail, and the people behind logins. */
class AuditLabelsTests {

	final StaffNames names = mock(StaffNames.class);

	final AuditLabels labels;

	AuditLabelsTests() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/petitions", "i18n/requests");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		when(names.all()).thenReturn(Map.of("registrar", "李静", "reporter", "孙丽"));
		when(names.of("registrar")).thenReturn("李静");
		labels = new AuditLabels(messages, names);
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void namesAPetitionStepAndAStaffLoginInChinese() {
		assertThat(labels.action("petitions.accept")).isEqualTo("信访 · 受理");
		assertThat(labels.detail("REGISTER_AND_ASSIGN")).isEqualTo("登记交办");
		assertThat(labels.action("staff.login")).isEqualTo("登录");
		assertThat(labels.subject("staff:registrar")).isEqualTo("工作人员：李静");
	}

	@Test
	void labelsTheKeysCodesPeopleAndFieldsInsideADetail() {
		assertThat(labels.detail("agency=640000-xfj channel=REGISTERED_MAIL due=2026-12-20"))
				.isEqualTo("机关=640000-xfj 渠道=信函（挂号、EMS等需签收） 期限=2026-12-20");
		assertThat(labels.detail("by=reporter")).isEqualTo("经办=孙丽");
		assertThat(labels.detail("fields=name,idNumber,phone; reason=核实身份"))
				.isEqualTo("查看的信息=姓名,证件号码,联系电话; 理由=核实身份");
		assertThat(labels.action("request.answered")).isEqualTo("依申请公开 · 作出答复");
		assertThat(labels.detail("outcome=R1")).isEqualTo("结果=予以公开");
	}

	@Test
	void speaksEnglishOnEnglishPages() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(labels.action("staff.login")).isEqualTo("Signed in");
		assertThat(labels.detail("channel=ONLINE")).doesNotContain("ONLINE");
	}
}
