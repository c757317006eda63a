package tw.mainstream.statistics.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.statistics.TrainingCourseView;
import tw.mainstream.statistics.TrainingSummary;
import tw.mainstream.statistics.TrainingSummary.Rate;
import tw.mainstream.shared.time.RocDates;

/** Gender training courses, the staff headcount and the year's participation figures. */
@Service
@Transactional
public class TrainingService {

    public static final List<String> FORMATS = List.of("實體", "線上", "混成");
    public static final List<String> AUDIENCES = List.of("STAFF", "PUBLIC");
    private final TrainingRepository courses;
    private final StaffHeadcountRepository headcounts;

    TrainingService(TrainingRepository courses, StaffHeadcountRepository headcounts) {
        this.courses = courses;
        this.headcounts = headcounts;
    }

    @Transactional(readOnly = true)
    public List<TrainingCourseView> courses(Long agencyId, CurrentUser user) {
        user.requireReadAgency(agencyId);
        return courses.findByAgencyIdOrderByHeldOnDesc(agencyId).stream().map(TrainingCourse::view).toList();
    }

    public TrainingCourseView create(CurrentUser user, TrainingCourseView course) {
        Long agency = course.agencyId() != null ? course.agencyId() : user.agencyId();
        user.requireManageAgency(agency);
        if (!FORMATS.contains(course.format()) || !AUDIENCES.contains(course.audience())) {
            throw DomainException.invalid("training.error.format");
        }
        return courses.save(new TrainingCourse(agency, course)).view();
    }

    public void setHeadcount(CurrentUser user, Long agencyId, int adYear, int[] counts) {
        user.requireManageAgency(agencyId);
        StaffHeadcount h = headcounts.findByAgencyIdAndYear(agencyId, adYear)
                .orElseGet(() -> new StaffHeadcount(agencyId, adYear));
        h.set(counts[0], counts[1], counts[2], counts[3]);
        headcounts.save(h);
    }

    /** The year's figures (public: no names, only counts). */
    @Transactional(readOnly = true)
    public TrainingSummary summary(Long agencyId, int adYear) {
        List<TrainingCourseView> list = courses.findByAgencyIdAndHeldOnBetweenOrderByHeldOnAsc(agencyId,
                LocalDate.of(adYear, 1, 1), LocalDate.of(adYear, 12, 31)).stream().map(TrainingCourse::view).toList();
        int[] base = headcounts.findByAgencyIdAndYear(agencyId, adYear).map(StaffHeadcount::counts).orElse(null);
        int[] att = new int[4];
        int[] outreach = new int[4];
        BigDecimal hours = BigDecimal.ZERO;
        for (TrainingCourseView c : list) {
            att[0] += c.managersMale();
            att[1] += c.managersFemale();
            att[2] += c.staffMale();
            att[3] += c.staffFemale();
            hours = hours.add(c.hours());
            if (c.outreach()) {
                outreach[0] += c.learnersMale();
                outreach[1] += c.learnersFemale();
                outreach[2] += c.appliedMale();
                outreach[3] += c.appliedFemale();
            }
        }
        String[][] groups = {{"主管", "男"}, {"主管", "女"}, {"非主管", "男"}, {"非主管", "女"}};
        List<Rate> rates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Integer head = base == null ? null : base[i];
            BigDecimal rate = head == null || head == 0 ? null
                    : BigDecimal.valueOf(att[i] * 1000L / head, 1);
            rates.add(new Rate(groups[i][0], groups[i][1], att[i], head, rate));
        }
        return new TrainingSummary(RocDates.rocYear(adYear), list.size(), hours, rates, outreach[0], outreach[1], outreach[2],
                outreach[3]);
    }
}
