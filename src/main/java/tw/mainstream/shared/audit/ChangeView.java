package tw.mainstream.shared.audit;

import java.time.Instant;
import java.util.List;

/** One revision of one record: who changed it, when, how (ADD, MOD, DEL) and what changed. */
public record ChangeView(long revision, Instant at, String username, String kind, List<FieldChange> changes) {
}
