package tw.mainstream.tracking.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.tracking.datacall.DataCallService;
import tw.mainstream.tracking.datacall.DataCallService.SendCommand;

/** The demo gender budget call of 移民署, sent to 移民資訊組 and 主計室, due in a month. */
@Component
class DemoDataCall {
    private final DataCallService calls;
    private final CommitteeApi committee;
    private final Clock clock;

    DemoDataCall(DataCallService calls, CommitteeApi committee, Clock clock) {
        this.calls = calls;
        this.committee = committee;
        this.clock = clock;
    }

    void send(Long niaId) {
        List<Long> units = List.of(committee.unitByName(niaId, "移民資訊組").orElseThrow().id(),
                committee.unitByName(niaId, "主計室").orElseThrow().id());
        calls.sendUnchecked(niaId, new SendCommand("112 年度性別預算編列情形（概算）", "GENDER_BUDGET",
                LocalDate.now(clock).plusMonths(1), units, List.of()), "曾筠苓（移民署幕僚）", null);
    }
}
