package tw.mainstream.importing.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.mainstream.committee.UnitView;

/** The units of the draft's agency, matched by name as printed (spaces ignored). */
public final class AgencyUnits {
    private final Map<String, UnitView> byName = new LinkedHashMap<>();

    public AgencyUnits(List<UnitView> units) {
        units.forEach(u -> byName.put(key(u.name()), u));
    }

    public Optional<UnitView> match(String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
    }

    public boolean knows(String name) {
        return match(name).isPresent();
    }

    public List<String> names() {
        return byName.values().stream().map(UnitView::name).toList();
    }

    private static String key(String name) {
        return name.replaceAll("\\s+", "");
    }
}
