package tw.mainstream.tracking.domain;

import java.util.Set;

/**
 * A progress report's life: DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED (with the
 * secretariat's comment) → SUBMITTED again. Only DRAFT and RETURNED reports can be edited.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    public boolean isSubmitted() {
        return this == SUBMITTED;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean canMoveTo(ReportStatus next) {
        return switch (this) {
            case DRAFT, RETURNED -> Set.of(DRAFT, SUBMITTED).contains(next);
            case SUBMITTED -> next == RETURNED || next == ACCEPTED;
            case ACCEPTED -> false;
        };
    }
}
