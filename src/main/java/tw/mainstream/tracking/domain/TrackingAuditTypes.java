package tw.mainstream.tracking.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.audit.AuditedType;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Tracking records whose history can be read on /history/{type}/{id}, each with the tracked
 * item's read rule ({@link TrackingScope#canSee}): a liaison reads only their unit's items,
 * and the reports and decisions of those items.
 */
@Configuration
class TrackingAuditTypes {
    @Bean
    AuditedType trackedItemHistory(TrackedItemRepository items) {
        return new AuditedType("trackedItem", TrackedItem.class,
                id -> items.findById(id).map(TrackedItem::getAgencyId).orElse(null),
                (user, record) -> record instanceof TrackedItem item && TrackingScope.canSee(user, item));
    }

    @Bean
    AuditedType progressReportHistory(ProgressReportRepository reports, TrackedItemRepository items) {
        return new AuditedType("progressReport", ProgressReport.class,
                id -> reports.findById(id).map(ProgressReport::getAgencyId).orElse(null),
                (user, record) -> record instanceof ProgressReport report
                        && canSeeItem(user, items, report.getItemId()));
    }

    @Bean
    AuditedType trackingDecisionHistory(TrackingDecisionRepository decisions, TrackedItemRepository items) {
        return new AuditedType("trackingDecision", TrackingDecision.class,
                id -> decisions.findById(id).map(TrackingDecision::getAgencyId).orElse(null),
                (user, record) -> record instanceof TrackingDecision decision
                        && canSeeItem(user, items, decision.getItemId()));
    }

    /** A record of an item that is gone stays readable only to the admin. */
    private static boolean canSeeItem(CurrentUser user, TrackedItemRepository items, Long itemId) {
        return itemId == null ? user.isAdmin()
                : items.findById(itemId).map(i -> TrackingScope.canSee(user, i)).orElse(user.isAdmin());
    }
}
