package tw.mainstream.committee.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tw.mainstream.committee.domain.Agency;

/** Agency names by id, for tables that show an agency column. */
final class AgencyNames {
    private AgencyNames() {
    }

    static Map<Long, String> of(List<Agency> agencies) {
        return agencies.stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
    }
}
