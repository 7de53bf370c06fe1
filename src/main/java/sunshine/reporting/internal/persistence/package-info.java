/** The module's Spring Data repositories; only the services of {@code document} and {@code imports} use them. */
package sunshine.reporting.internal.persistence;
