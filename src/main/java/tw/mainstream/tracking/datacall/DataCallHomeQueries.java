package tw.mainstream.tracking.datacall;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts of unfinished data calls, for the home page. */
@Service
@Transactional(readOnly = true)
public class DataCallHomeQueries {
    private static final List<SubmissionStatus> OPEN = List.of(SubmissionStatus.NOT_STARTED, SubmissionStatus.DRAFT,
            SubmissionStatus.RETURNED);

    private final SubmissionRepository submissions;

    DataCallHomeQueries(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    public long openForUnit(Long unitId) {
        return unitId == null ? 0 : submissions.countByUnitIdAndStatusIn(unitId, OPEN);
    }

    /** Calls the agency as a whole must answer (sent by its parent agency). */
    public long openForAgency(Long agencyId) {
        return agencyId == null ? 0 : submissions.countByAgencyIdAndUnitIdIsNullAndStatusIn(agencyId, OPEN);
    }
}
