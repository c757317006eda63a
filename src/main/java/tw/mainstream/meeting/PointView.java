package tw.mainstream.meeting;


/** One numbered point of an explanation or a remark; the label (一、 (一) 1. (1)) is generated. */
public record PointView(int depth, String label, String text) {
}
