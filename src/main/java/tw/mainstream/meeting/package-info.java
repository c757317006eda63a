/**
 * Meetings and minutes: the notice, the agenda assembled from what is pending, attendance and
 * quorum, remarks and resolutions, the approval of the minutes and their public (masked) version.
 * Other modules call {@link tw.mainstream.meeting.MeetingApi} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
        allowedDependencies = {"committee", "document", "publicsite", "search", "shared", "shared :: *"})
package tw.mainstream.meeting;
