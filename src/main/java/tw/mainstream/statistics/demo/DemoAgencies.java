package tw.mainstream.statistics.demo;

import java.util.Optional;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;

/** The two agencies of the demo whose statistics are loaded: 移民署 and 臺北市資訊局 (empty until both exist). */
record DemoAgencies(Long nia, Long doit) {

    static Optional<DemoAgencies> find(CommitteeApi committee) {
        Optional<Long> nia = committee.agencyByName("內政部移民署").map(AgencyView::id);
        Optional<Long> doit = committee.agencyByName("臺北市政府資訊局").map(AgencyView::id);
        return nia.isPresent() && doit.isPresent() ? Optional.of(new DemoAgencies(nia.get(), doit.get())) : Optional.empty();
    }
}
