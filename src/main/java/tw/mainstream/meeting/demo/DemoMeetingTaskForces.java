package tw.mainstream.meeting.demo;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.meeting.domain.Meeting;
import tw.mainstream.meeting.domain.MeetingRepository;

/** The demo agencies' task forces and the meetings they already have, for the demo loaders to decide what is left to load. */
@Component
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class DemoMeetingTaskForces {

    private final CommitteeApi committee;
    private final MeetingRepository meetings;

    DemoMeetingTaskForces(CommitteeApi committee, MeetingRepository meetings) {
        this.committee = committee;
        this.meetings = meetings;
    }

    /** The agency's (first) task force, empty while the committee demo has not created it. */
    Optional<TaskForceView> of(String agencyName) {
        return committee.agencyByName(agencyName).map(AgencyView::id).map(committee::taskForcesOf)
                .flatMap(list -> list.stream().findFirst());
    }

    /** The task force's meetings, latest first. */
    List<Meeting> held(TaskForceView taskForce) {
        return meetings.findByTaskForceIdOrderByMeetingDateDescIdDesc(taskForce.id());
    }
}
