package tw.mainstream.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.meeting.MeetingView;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.HomePanel;
import tw.mainstream.shared.web.NavLink;

/** The menu entry and the home panels of the meeting module. */
@Configuration
class MeetingWebConfig {

    @Bean
    NavLink meetingsLink() {
        return new NavLink("meeting.nav.meetings", "/meetings", 20, u -> !u.isAnonymous());
    }

    @Bean
    NavLink publicMinutesLink() {
        return new NavLink("meeting.nav.publicMinutes", "/public/meetings", 90, CurrentUser::isAnonymous);
    }

    @Bean
    HomePanel meetingHomePanel(MeetingApi api, CommitteeApi committee, Clock clock) {
        return new HomePanel() {
            @Override
            public boolean visibleTo(CurrentUser user) {
                return user.is(AccountRole.SECRETARIAT) || user.is(AccountRole.MEMBER);
            }

            @Override
            public String fragment() {
                return "meeting/home-panel";
            }

            @Override
            public Map<String, Object> model(CurrentUser user) {
                List<MeetingView> all = user.agencyId() == null ? List.of() : committee.taskForcesOf(user.agencyId())
                        .stream().flatMap(tf -> api.meetingsOf(tf.id(), user).stream()).toList();
                if (user.is(AccountRole.MEMBER)) {
                    return Map.of("heading", "meeting.home.toComment", "link", "/meetings/{id}/minutes",
                            "meetings", all.stream().filter(m -> m.status() == MeetingStatus.CIRCULATED).toList());
                }
                LocalDate today = LocalDate.now(clock);
                return Map.of("heading", "meeting.home.next", "link", "/meetings/{id}",
                        "meetings", all.stream().filter(m -> m.status().isBeforeMeeting() && !m.date().isBefore(today))
                                .sorted(java.util.Comparator.comparing(MeetingView::date)).limit(3).toList());
            }

            @Override
            public int order() {
                return 20;
            }
        };
    }
}
