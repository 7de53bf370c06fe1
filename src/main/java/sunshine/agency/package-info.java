/**
 * Agencies and people (机关与人员): the agency tree (自治区 → 市 → 县/区), each agency's
 * departments (处室) and the responsible units (承办单位) it assigns work to; staff accounts with
 * their roles, including the three separated administrators of 三员分立; the data scope
 * ({@link sunshine.agency.OrgScope}) that decides which agencies' records a user may see; and
 * the staff login.
 * <p>
 * 机构调整 ({@link sunshine.agency.RegionAdministration}): agencies, departments and units are never
 * deleted. A rename, move, merge or retirement takes effect from a day and keeps what was before in
 * {@link sunshine.agency.AgencyHistory}; records keep the agency they were made in, and
 * {@link sunshine.agency.AgencyLookup#treeOfYear} answers the tree a report year's roll-ups follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agency 机关与人员", allowedDependencies = "shared")
package sunshine.agency;
