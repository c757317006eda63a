package tw.mainstream.shared.cluster;

import java.util.List;
import tw.mainstream.shared.domain.EntityChanged;

/**
 * Changes committed by other nodes (or by this node before it restarted), in log order, read from
 * the change log, on the follower's thread (or a request's, when a cache catches up): listeners
 * must not wait for work that may itself read a cache.
 *
 * @param changes  the changes of this batch
 * @param position the log id up to which every change has now been published
 */
public record RemoteChanges(List<EntityChanged> changes, long position) {
}
