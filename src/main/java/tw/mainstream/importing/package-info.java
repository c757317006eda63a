/**
 * Past minutes: reading files (TXT, DOCX, ODT, PDF) into structured records ({@code import-minutes}),
 * and the secretariat's drafts reviewed side by side with the source text and saved as meetings
 * through {@link tw.mainstream.meeting.MeetingApi}, opening tracked items through
 * {@link tw.mainstream.tracking.TrackingApi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Importing",
        allowedDependencies = {"committee", "meeting", "tracking", "shared", "shared :: *"})
package tw.mainstream.importing;
