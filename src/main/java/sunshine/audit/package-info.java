/**
 * The audit log (审计日志): an append-only record of every staff action and every public
 * submission — who, what, when, from where — fed by {@link sunshine.shared.AuditableEvent}s in
 * the transaction that raised them. Each entry carries the SM3 hash (GB/T 32905-2016) of its
 * predecessor, so {@link sunshine.audit.AuditLog#verify()} finds any entry edited, inserted or
 * deleted. Only the security auditor (安全审计员) reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit 审计", allowedDependencies = { "shared", "agency" })
package sunshine.audit;
