/**
 * Agencies and people (机关与人员): the agency tree (自治区 → 市 → 县/区), each agency's
 * departments (处室) and the responsible units (承办单位) it assigns work to; staff accounts with
 * their roles, including the three separated administrators of 三员分立; the data scope
 * ({@link sunshine.agency.OrgScope}) that decides which agencies' records a user may see; and
 * the staff login.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agency 机关与人员", allowedDependencies = "shared")
package sunshine.agency;
