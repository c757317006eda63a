/**
 * Tracking (列管) and data calls (填報): items opened by resolutions, progress reports by units,
 * decisions of the meeting, the follow-up table, the dashboard, reminders and data calls. It reacts to
 * other modules' facts ({@code MinutesConfirmed}, {@code DraftImported}) and announces its own
 * ({@link tw.mainstream.tracking.TrackedItemClosed}, on which it tells the item's liaisons by e-mail; the
 * search index follows the closed item through its entity change, like every record).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking",
        allowedDependencies = {"committee", "document", "importing", "meeting", "search", "shared", "shared :: *"})
package tw.mainstream.tracking;
