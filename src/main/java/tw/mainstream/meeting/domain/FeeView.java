package tw.mainstream.meeting.domain;

import java.util.List;

/** An external member present, owed the attendance fee. */
public record FeeView(String name, String affiliation, java.math.BigDecimal fee) {
}
