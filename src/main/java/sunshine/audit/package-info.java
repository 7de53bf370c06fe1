/**
 * The audit log (审计日志): an append-only record of every staff action and every public
 * submission — who, what, when, from where — fed by {@link sunshine.shared.AuditableEvent}s in
 * the transaction that raised them. Only the security auditor (安全审计员) reads it.
 *
 * <h2>A keyed chain, sealed after the fact</h2>
 *
 * <p><b>Writing takes no lock.</b> {@link sunshine.audit.AuditLog#append} inserts the entry in the
 * caller's transaction with a number from the sequence {@code audit_entry_seq} and the writer's MAC
 * ({@code entry_mac}: HMAC-SM3 under the audit key over the entry's fields, each written as
 * {@code length:text;} after {@code sunshine-audit-entry-v1;}). The entry commits or rolls back with
 * the action it records, so no acknowledged submission exists without its entry, and no entry
 * without its action. Writers never touch a shared row: the platform's writes no longer run one at
 * a time behind the chain's head, and a long transaction (the demo data) holds up nobody.
 *
 * <p><b>Sealing</b> ({@code AuditSealer}, every {@code sunshine.audit.seal-interval}, one second by
 * default, on every node) takes the committed entries that have no place yet, in the order of
 * their numbers, and gives each the next place in the chain ({@code chain_seq} 1, 2, 3 … without
 * gaps), its predecessor's digest ({@code prev_hash}) and its chain digest ({@code hash} =
 * HMAC-SM3 over {@code sunshine-audit-chain-v1;place;prev_hash;number;entry_mac}). Only sealers
 * lock the single {@code audit_head} row, so the rounds of several nodes take turns and each entry
 * is sealed exactly once. An entry whose transaction commits late (a lower number than entries
 * sealed already) simply takes a later place: the chain's order is the order of sealing, and
 * numbers may have gaps (rolled-back transactions, each node's block of 50 numbers). Every
 * verification seals first, so the auditor always checks everything committed.
 *
 * <p>Why this design rather than one chain per partition: stripes still serialise the writers of a
 * stripe for the length of their transactions (a long one blocks its stripe), and every stripe's
 * head would need anchoring; a single sealer keeps one chain, one head and one checkpoint per
 * moment, costs one batched update per entry in the background, and the writers' path is a plain
 * insert.
 *
 * <p><b>Tamper evidence.</b> Without the key ({@code sunshine.audit.key}, outside the database,
 * like the personal-data keys) nobody can recompute a digest: an entry edited, inserted or deleted
 * and the chain "repaired" after it is found ({@code altered}, {@code broken-link},
 * {@code missing}). What the chain alone cannot show — the tail cut off and the head rewound, or
 * the whole chain rewritten by someone who does hold the key — is shown by the checkpoints
 * ({@link sunshine.audit.AuditCheckpoint}: place, digest, time, node, HMAC) written outside the
 * database after the head moved, at most every {@code sunshine.audit.checkpoint-interval}, to an
 * append-only file in {@code sunshine.audit.checkpoint-dir} and to the log
 * {@code sunshine.audit.checkpoint} (syslog). The verification compares the digest at each
 * checkpoint's place and places every break between the checkpoints around it. An entry not sealed
 * yet (at most about a second old) is protected by its writer's MAC against editing but not against
 * deletion; a tail younger than the last checkpoint is protected by the head alone.
 *
 * <p><b>Upgrade from the unkeyed chain</b> (before migration V11 each entry carried the SM3 hash
 * of its predecessor, and appends locked the head): V11 keeps the old hashes in
 * {@code legacy_prev_hash}/{@code legacy_hash} and the old head in {@code legacy_last_*}; the first
 * sealing round checks those entries by the old rule, writes the verdict as an
 * {@code audit.rechained} entry ({@code intact=true|false}, the problems, the old head), and seals
 * them in their order at places 1…n before anything newer. An intact old chain therefore keeps
 * verifying; a broken one stays on the record ({@code legacy-broken}) instead of being laundered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit 审计", allowedDependencies = { "shared", "agency" })
package sunshine.audit;
