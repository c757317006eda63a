package tw.mainstream.meeting.domain;

import java.util.List;

/** Someone in attendance who is not a member (列席). */
public record ObserverView(Long id, String name, String affiliation, NameCategory category) {
}
