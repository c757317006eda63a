package tw.mainstream.shared.cluster;

import java.util.List;
import tw.mainstream.shared.domain.EntityChanged;

/**
 * Changes committed by other nodes (or by this node before it restarted), in log order, read from
 * the change log. Published on the follower's thread; listeners apply them before it moves on.
 *
 * @param changes  the changes of this batch
 * @param position the log id up to which every change has now been published
 */
public record RemoteChanges(List<EntityChanged> changes, long position) {
}
