/**
 * Tracking (列管) and data calls (填報): items opened by resolutions, progress reports by units,
 * decisions of the meeting, the follow-up table, the dashboard, reminders and data calls.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking",
        allowedDependencies = {"committee", "document", "meeting", "search", "shared", "shared :: *"})
package tw.mainstream.tracking;
