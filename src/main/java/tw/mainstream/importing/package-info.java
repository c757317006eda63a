/**
 * Past minutes: reading files (TXT, DOCX, ODT, PDF) into structured records ({@code import-minutes}),
 * and the secretariat's drafts reviewed side by side with the source text and saved as meetings
 * through {@link tw.mainstream.meeting.MeetingApi}, announced as {@link tw.mainstream.importing.DraftImported}
 * (tracking opens the follow-up table's open rows as tracked items).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Importing",
        allowedDependencies = {"committee", "meeting", "shared", "shared :: *"})
package tw.mainstream.importing;
