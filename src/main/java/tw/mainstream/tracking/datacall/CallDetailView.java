package tw.mainstream.tracking.datacall;

import java.util.List;

/** A data call with the answers the reader may see. */
public record CallDetailView(CallView call, List<SubmissionView> submissions) {
}
