/**
 * Demo data (演示数据): on first start with an empty database, the Ningxia region — 宁夏回族自治区
 * 信访局 and the 27 city and county bureaus under it — with departments, responsible units and
 * demo staff accounts. On by default for the embedded database, opt-in
 * ({@code sunshine.demo.enabled=true}) for PostgreSQL and MariaDB. Each area adds its records in
 * its own {@code …DemoData} class here, listening for {@code DemoData.RegionLoaded}; it may use
 * any module's API, and no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data 演示数据")
package sunshine.demo;
