/**
 * Telling the citizen (告知): each step of an application or a petition that the law or practice tells the
 * citizen about writes a {@link sunshine.notify.NotificationStep notification} into the outbox (table
 * {@code notification}) in the same transaction as the step — {@link sunshine.notify.Notifications#notify}
 * is called by each case module's listener of its own events. A worker ({@link
 * sunshine.notify.NotificationDelivery}, every few seconds) claims due rows one by one with a conditional
 * update, so two nodes never send the same message, sends them through a {@link
 * sunshine.notify.NotificationChannel} (e-mail over SMTP, SMS and WeChat template messages through HTTP
 * gateways, or the log-only channel that stands in for any channel not switched on), records each attempt
 * and retries with exponential back-off; a failed channel never touches the step. The citizen's addresses
 * ({@link sunshine.notify.Contact}) are kept SM4-encrypted in {@code notify_subscription}; each agency
 * words its own messages ({@link sunshine.notify.NotificationTemplates}), the bundle {@code i18n/notify}
 * holds the defaults.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify 告知", allowedDependencies = { "shared",
		"agency" })
package sunshine.notify;
