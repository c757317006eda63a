package tw.mainstream.tracking.domain;

import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.mainstream.importing.DraftImported;
import tw.mainstream.shared.time.RocDates;

/**
 * Imported minutes open tracked items for the open rows of their follow-up tables, inside the saving
 * transaction (a failure here undoes the import), dated as the row and labelled by its meeting date.
 * The resolutions of the imported minutes reach tracking as {@code MinutesConfirmed}, like any meeting's.
 */
@Component
class ImportedMinutesListener {
    private final TrackingService tracking;

    ImportedMinutesListener(TrackingService tracking) {
        this.tracking = tracking;
    }

    @EventListener
    void on(DraftImported event) {
        for (DraftImported.OpenRow row : event.openRows()) {
            Origin origin = Origin.external(RocDates.formatShort(row.openedOn()) + " 會議", row.openedOn());
            tracking.openFromResolution(event.taskForceId(), origin, row.content(), row.unitId(), Set.of(),
                    event.actor());
        }
    }
}
