package tw.mainstream.meeting.domain;

import java.util.List;

/** What sending a meeting notice did: how many members it went to, and the members without an e-mail address. */
public record NoticeDelivery(int sent, List<String> withoutAddress) {
}
