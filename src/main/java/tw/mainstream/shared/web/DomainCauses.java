package tw.mainstream.shared.web;

import tw.mainstream.shared.domain.DomainException;

/** Finds the rule that refused a request inside the wrappers of a failed commit. */
final class DomainCauses {
    private DomainCauses() {
    }

    /** The DomainException among the causes; otherwise the exception itself is thrown again. */
    static DomainException unwrap(Exception e) throws Exception {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return d;
            }
        }
        throw e;
    }
}
