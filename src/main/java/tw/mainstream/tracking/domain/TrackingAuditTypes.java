package tw.mainstream.tracking.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.audit.AuditedType;

/** Tracking records whose history can be read on /history/{type}/{id}. */
@Configuration
class TrackingAuditTypes {
    @Bean
    AuditedType trackedItemHistory(TrackedItemRepository items) {
        return new AuditedType("trackedItem", TrackedItem.class,
                id -> items.findById(id).map(TrackedItem::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType progressReportHistory(ProgressReportRepository reports) {
        return new AuditedType("progressReport", ProgressReport.class,
                id -> reports.findById(id).map(ProgressReport::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType trackingDecisionHistory(TrackingDecisionRepository decisions) {
        return new AuditedType("trackingDecision", TrackingDecision.class,
                id -> decisions.findById(id).map(TrackingDecision::getAgencyId).orElse(null));
    }
}
