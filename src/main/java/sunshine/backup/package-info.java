/**
 * Backups of the embedded database (数据备份). With the embedded H2 database the system
 * administrator takes an online copy — H2's {@code BACKUP TO}, a consistent ZIP of the database file
 * taken while Sunshine keeps serving — into the backup directory ({@code sunshine.backup.dir},
 * default {@code ${sunshine.data-dir}/backups}), from the console or with one HTTP call from a
 * scheduled job; every backup is on the audit record.
 *
 * <p>A backup holds neither the personal-data keys (kept apart on purpose) nor the search index
 * (rebuilt from the database at the first start after a restore). PostgreSQL and MariaDB are backed
 * up with their own tools ({@code pg_dump}, {@code mariadb-dump}); docs/deployment.md has the steps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup 数据备份", allowedDependencies = "shared")
package sunshine.backup;
