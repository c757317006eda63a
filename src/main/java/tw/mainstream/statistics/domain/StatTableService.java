package tw.mainstream.statistics.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.statistics.DataTable;
import tw.mainstream.statistics.StatTableView;
import tw.mainstream.statistics.TableFigures;
import tw.mainstream.statistics.importing.Observation;

/**
 * Statistics tables within the user's scope: an agency's staff read and manage its own tables
 * (oversight reads those below it); a published table can be read by anyone.
 */
@Service
@Transactional
public class StatTableService {

    private final StatTableRepository tables;
    private final ObservationStore observations;
    private final CommitteeApi committee;
    private final Clock clock;

    StatTableService(StatTableRepository tables, ObservationStore observations, CommitteeApi committee, Clock clock) {
        this.tables = tables;
        this.observations = observations;
        this.committee = committee;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StatTableView> readable(CurrentUser user) {
        List<StatTable> found = user.isAdmin() ? tables.findAllByOrderByIdDesc()
                : tables.findByAgencyIdInOrderByIdDesc(user.readableAgencies());
        return found.stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<StatTableView> published(Long agencyId) {
        List<StatTable> found = agencyId == null ? tables.findByPublishedTrueOrderByIdDesc()
                : tables.findByAgencyIdAndPublishedTrueOrderByIdDesc(agencyId);
        return found.stream().map(this::view).toList();
    }

    /** A table the user may read: their agency's, or any published one. Others answer 404. */
    public StatTable readableTable(long id, CurrentUser user) {
        StatTable t = tables.findById(id).orElseThrow(() -> new NotFoundException("statTable", id));
        if (!t.isPublished() && !user.canReadAgency(t.getAgencyId())) {
            throw new NotFoundException("statTable", id);
        }
        return t;
    }

    public StatTable managedTable(long id, CurrentUser user) {
        StatTable t = tables.findById(id).orElseThrow(() -> new NotFoundException("statTable", id));
        if (!user.canReadAgency(t.getAgencyId())) {
            throw new NotFoundException("statTable", id);
        }
        user.requireManageAgency(t.getAgencyId());
        return t;
    }

    StatTable managedTableUnchecked(long id) {
        return tables.findById(id).orElseThrow(() -> new NotFoundException("statTable", id));
    }

    /** A published table for the public pages; unpublished ones do not exist there. */
    @Transactional(readOnly = true)
    public StatTableView publishedView(long id) {
        return view(readableTable(id, CurrentUser.ANONYMOUS));
    }

    @Transactional(readOnly = true)
    public StatTableView view(long id, CurrentUser user) {
        return view(readableTable(id, user));
    }

    public StatTableView create(CurrentUser user, Long agencyId, StatTableMetadata metadata) {
        Long agency = agencyId != null ? agencyId : user.agencyId();
        user.requireManageAgency(agency);
        StatTable t = new StatTable(agency, metadata);
        t.touch(LocalDate.now(clock));
        return view(tables.save(t));
    }

    public StatTableView describe(long id, long expectedVersion, CurrentUser user, StatTableMetadata metadata) {
        StatTable t = managedTable(id, user);
        t.checkVersion(expectedVersion);
        t.describe(metadata);
        t.touch(LocalDate.now(clock));
        return view(tables.saveAndFlush(t));
    }

    public StatTableView setPublished(long id, boolean published, CurrentUser user) {
        StatTable t = managedTable(id, user);
        if (published) {
            if (observations.count(id) == 0) {
                throw tw.mainstream.shared.domain.DomainException.invalid("statistics.table.error.noData");
            }
            t.publish(LocalDate.now(clock));
        } else {
            t.unpublish();
        }
        return view(tables.saveAndFlush(t));
    }

    @Transactional(readOnly = true)
    public List<Observation> observations(long id, CurrentUser user) {
        readableTable(id, user);
        return observations.of(id);
    }

    @Transactional(readOnly = true)
    public DataTable data(long id, CurrentUser user) {
        StatTable t = readableTable(id, user);
        return TableLayout.wide(t, observations.of(id));
    }

    /** Indicators of each measure of the table (a table without sex yields none). */
    @Transactional(readOnly = true)
    public List<TableFigures> figures(long id, CurrentUser user) {
        StatTable t = readableTable(id, user);
        List<Observation> all = observations.of(id);
        String category = t.dimensionList().stream().filter(d -> !d.equals("YEAR") && !d.equals("SEX")).findFirst()
                .map(d -> TableLayout.label(d, t.getOtherLabel())).orElse("");
        return all.stream().map(Observation::measure).distinct()
                .map(m -> FigureCalculator.figures(all, m, category)).filter(f -> !f.isEmpty()).toList();
    }

    StatTableView view(StatTable t) {
        int[] years = observations.yearRange(t.getId());
        String agency = committee.agency(t.getAgencyId()).map(AgencyView::name).orElse("");
        var m = t.metadata();
        return new StatTableView(t.getId(), t.getAgencyId(), agency, m.title(), m.description(), m.unitOfMeasure(),
                m.source(), m.updateFrequency(), m.referenceTime(), m.contact(), m.tags(), t.getLicence(),
                t.isPublished(), t.getPublishedOn(), t.getUpdatedOn(), t.dimensionList(), t.measureList(),
                years[0], years[1], t.getVersion());
    }
}
