package sunshine.demo;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLevel;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Department;
import sunshine.agency.Role;
import sunshine.agency.StaffManagement;

/**
 * Loads the demo region and its staff once, into an empty database. Every demo account has the
 * password {@code sunshine.demo.password}; when that is not set a random one is generated and
 * printed once, at the first start.
 */
@Component
@Order(100)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String SEED_AGENCY = "640000-xfj";

	/** The seed agency's demo accounts: username, display name, department, role. */
	private record DemoAccount(String username, String displayName, String department, Role role) {
	}

	private static final List<DemoAccount> SEED_ACCOUNTS = List.of(
			new DemoAccount("sysadmin", "马建国（系统管理员）", "信息中心", Role.SYSTEM_ADMIN),
			new DemoAccount("secadmin", "杨慧（安全管理员）", "办公室", Role.SECURITY_ADMIN),
			new DemoAccount("auditor", "丁文（安全审计员）", "办公室", Role.SECURITY_AUDITOR),
			new DemoAccount("registrar", "李静", "来信办理处", Role.REGISTRAR),
			new DemoAccount("handler", "王海涛", "网上信访处", Role.HANDLER),
			new DemoAccount("reviewer", "张敏", "网上信访处", Role.REVIEWER),
			new DemoAccount("leader", "刘志强", "办公室", Role.SIGNING_LEADER),
			new DemoAccount("supervisor", "赵卫东", "督查督办处", Role.SUPERVISOR),
			new DemoAccount("editor", "周晓燕", "办公室", Role.DISCLOSURE_EDITOR),
			new DemoAccount("reporter", "孙丽", "办公室", Role.REPORT_EDITOR));

	/**
	 * Published once the region is loaded, inside the same transaction; each area's demo records
	 * ({@code …DemoData} classes of this module) are added by listeners of this event.
	 */
	record RegionLoaded(String password) {
	}

	private final StaffManagement staff;
	private final ApplicationEventPublisher events;
	private final AgencyLookup agencies;
	private final DataSource dataSource;
	private final TransactionTemplate transaction;
	private final Boolean enabled;
	private final String configuredPassword;

	DemoData(StaffManagement staff, ApplicationEventPublisher events,
			AgencyLookup agencies, DataSource dataSource, TransactionTemplate transaction,
			@Value("${sunshine.demo.enabled:#{null}}") Boolean enabled,
			@Value("${sunshine.demo.password:#{null}}") String configuredPassword) {
		this.staff = staff;
		this.events = events;
		this.agencies = agencies;
		this.dataSource = dataSource;
		this.transaction = transaction;
		this.enabled = enabled;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!shouldLoad()) {
			return;
		}
		if (agencies.byCode(SEED_AGENCY).isPresent()) {
			return;
		}
		String password = configuredPassword == null || configuredPassword.isBlank() ? generatePassword()
				: configuredPassword;
		long started = System.nanoTime();
		try {
			transaction.executeWithoutResult(status -> {
				loadRegion(password);
				events.publishEvent(new RegionLoaded(password));
			});
		}
		catch (org.springframework.dao.DataIntegrityViolationException e) {
			// Another node, started at the same moment on the same database, loaded the demo first.
			log.info("Demo data already loaded by another node");
			return;
		}
		log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
		if (configuredPassword == null || configuredPassword.isBlank()) {
			log.warn("""

					================================================================
					 演示账号密码 (demo password, shown once): {}
					 账号 accounts: sysadmin secadmin auditor registrar handler reviewer
					   leader supervisor editor reporter, handler-<区划代码>
					 Set sunshine.demo.password to choose it.
					================================================================""", password);
		}
	}

	private boolean shouldLoad() throws java.sql.SQLException {
		if (enabled != null) {
			return enabled;
		}
		try (var connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
		}
	}

	private void loadRegion(String password) {
		Agency region = staff.createAgency(SEED_AGENCY, NingxiaRegion.REGION_NAME + "信访局", "自治区信访局",
				AgencyLevel.PROVINCE, NingxiaRegion.REGION_CODE, null, 0);
		addDepartmentsAndUnits(region, NingxiaRegion.REGION_DEPARTMENTS, NingxiaRegion.REGION_UNITS);
		for (DemoAccount account : SEED_ACCOUNTS) {
			Department department = agencies.departmentsOf(region.getId()).stream()
					.filter(d -> d.getName().equals(account.department())).findFirst().orElseThrow();
			staff.createAccount(account.username(), account.displayName(), region, department, password,
					Set.of(account.role()));
		}
		int order = 1;
		for (NingxiaRegion.City city : NingxiaRegion.CITIES) {
			Agency cityBureau = staff.createAgency(city.divisionCode() + "-xfj", city.name() + "信访局",
					city.name() + "信访局", AgencyLevel.CITY, city.divisionCode(), region, order++);
			addDepartmentsAndUnits(cityBureau, NingxiaRegion.CITY_DEPARTMENTS, localUnits(city.name()));
			for (NingxiaRegion.County county : city.counties()) {
				staff.createResponsibleUnit(cityBureau, county.name() + "人民政府", 100 + order);
			}
			addHandler(cityBureau, city.name(), password);
			for (NingxiaRegion.County county : city.counties()) {
				Agency countyBureau = staff.createAgency(county.divisionCode() + "-xfj", county.name() + "信访局",
						county.name() + "信访局", AgencyLevel.COUNTY, county.divisionCode(), cityBureau, order++);
				addDepartmentsAndUnits(countyBureau, NingxiaRegion.COUNTY_DEPARTMENTS, localUnits(county.name()));
				addHandler(countyBureau, county.name(), password);
			}
		}
		for (NingxiaRegion.City city : NingxiaRegion.CITIES) {
			staff.createResponsibleUnit(region, city.name() + "人民政府", 50);
		}
	}

	private void addDepartmentsAndUnits(Agency agency, List<String> departments, List<String> units) {
		for (int i = 0; i < departments.size(); i++) {
			staff.createDepartment(agency, departments.get(i), i);
		}
		for (int i = 0; i < units.size(); i++) {
			staff.createResponsibleUnit(agency, units.get(i), i);
		}
	}

	private static List<String> localUnits(String locality) {
		return NingxiaRegion.LOCAL_UNITS.stream().map(unit -> locality + unit).toList();
	}

	private void addHandler(Agency agency, String locality, String password) {
		staff.createAccount("handler-" + agency.getDivisionCode(), locality + "信访局承办人", agency, null, password,
				Set.of(Role.HANDLER));
	}

	/** A random password that satisfies the password rules: letters of both cases, digits and a sign. */
	static String generatePassword() {
		String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
		String lower = "abcdefghijkmnpqrstuvwxyz";
		String digits = "23456789";
		var random = new SecureRandom();
		var password = new StringBuilder("Sun-");
		for (int i = 0; i < 4; i++) {
			password.append(upper.charAt(random.nextInt(upper.length())));
			password.append(lower.charAt(random.nextInt(lower.length())));
			password.append(digits.charAt(random.nextInt(digits.length())));
		}
		return password.toString();
	}
}
