package tw.mainstream.search.engine;

import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.TrackingStatus;

/** Optional narrowing of a search; a null component means "any". */
public record SearchFilters(
        Long agencyId,
        Long taskForceId,
        Integer rocYear,
        Long unitId,
        DocumentKind kind,
        TrackingStatus trackingStatus) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null);

    public SearchFilters withAgency(Long id) {
        return new SearchFilters(id, taskForceId, rocYear, unitId, kind, trackingStatus);
    }

    public SearchFilters withTaskForce(Long id) {
        return new SearchFilters(agencyId, id, rocYear, unitId, kind, trackingStatus);
    }

    public SearchFilters withRocYear(Integer year) {
        return new SearchFilters(agencyId, taskForceId, year, unitId, kind, trackingStatus);
    }

    public SearchFilters withUnit(Long id) {
        return new SearchFilters(agencyId, taskForceId, rocYear, id, kind, trackingStatus);
    }

    public SearchFilters withKind(DocumentKind value) {
        return new SearchFilters(agencyId, taskForceId, rocYear, unitId, value, trackingStatus);
    }

    public SearchFilters withTrackingStatus(TrackingStatus value) {
        return new SearchFilters(agencyId, taskForceId, rocYear, unitId, kind, value);
    }
}
