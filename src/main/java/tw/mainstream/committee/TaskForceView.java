package tw.mainstream.committee;

import java.math.BigDecimal;
import tw.mainstream.committee.QuorumRule;

/** A task force and the charter rules other modules need (meetings: quorum, proxies, fees). */
public record TaskForceView(Long id, Long agencyId, String name, QuorumRule quorumRule, boolean chairBreaksTies,
                            boolean internalProxiesAllowed, BigDecimal attendanceFee, int meetingIntervalMonths) {
}
