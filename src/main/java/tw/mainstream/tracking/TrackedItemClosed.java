package tw.mainstream.tracking;

import java.time.LocalDate;

/**
 * A meeting decided to close a tracked item (解除列管): the item's work is done. Published inside the
 * deciding transaction (the confirmation of the minutes, or the secretariat's record of a decision).
 *
 * @param meetingId the deciding meeting in the meeting module, null for a meeting held outside the system
 */
public record TrackedItemClosed(Long itemId, Long agencyId, Long taskForceId, Long meetingId, LocalDate meetingDate,
                                String meetingLabel) {
}
