package tw.mainstream.shared.cluster;

import java.util.OptionalLong;

/**
 * A durable reader of the change log (the search index): the follower starts after the lowest
 * position such readers remember, so a node that was down catches up on start.
 */
public interface ChangeFeedCursor {

    /** The change log id this reader has applied everything up to, if it remembers one. */
    OptionalLong appliedPosition();
}
