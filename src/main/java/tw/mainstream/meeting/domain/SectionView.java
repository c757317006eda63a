package tw.mainstream.meeting.domain;

import tw.mainstream.meeting.ItemView;


/** A top-level part of the minutes (壹、宣布開會 …): a heading, an inline text and items. */
public record SectionView(String number, String heading, String text, java.util.List<ItemView> items) {
}
