/**
 * The small kernel every module may use: the contract of auditable events, the caller of the
 * current request, and web error handling. Nothing here knows any other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package sunshine.shared;
