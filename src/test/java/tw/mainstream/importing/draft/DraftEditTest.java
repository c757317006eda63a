package tw.mainstream.importing.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.mainstream.shared.domain.DomainException;

/** Structural edits of a draft and where the field paths (and so the 待確認 marks) go with them. */
class DraftEditTest {
    static final List<String> MARKS = List.of("date", "items[0].title", "items[1].title", "items[1].resolutions[0].outcome",
            "items[1].resolutions[1].outcome", "items[1].rows[1].unit", "items[2].unit");

    static DraftEdit edit(String action) {
        return DraftEdit.parse(action).orElseThrow();
    }

    @Test
    void buttonValuesNameTheEdit() {
        assertThat(DraftEdit.parse("save")).isEmpty();
        assertThat(DraftEdit.parse("removeItem:x")).isEmpty();
        assertThat(DraftEdit.parse("removeResolution:1")).isEmpty();
        assertThat(DraftEdit.isEdit("addItem")).isTrue();
        assertThat(edit("removeResolution:2:3")).extracting(DraftEdit::op, DraftEdit::item, DraftEdit::index)
                .containsExactly(DraftEdit.Op.REMOVE_RESOLUTION, 2, 3);
    }

    @Test
    void marksFollowTheirFields() {
        assertThat(edit("removeItem:1").paths(MARKS)).containsExactly("date", "items[0].title", "items[1].unit");
        assertThat(edit("moveUp:1").paths(MARKS)).containsExactly("date", "items[1].title", "items[0].title",
                "items[0].resolutions[0].outcome", "items[0].resolutions[1].outcome", "items[0].rows[1].unit",
                "items[2].unit");
        assertThat(edit("moveDown:1").paths(MARKS)).contains("items[2].title", "items[1].unit");
        assertThat(DraftEdit.addItem("REPORT", "x", 0).paths(MARKS)).contains("items[0].title", "items[2].title",
                "items[3].unit");
        assertThat(DraftEdit.addItem("REPORT", "x", null).paths(MARKS)).isEqualTo(MARKS);
        assertThat(edit("removeResolution:1:0").paths(MARKS)).containsExactly("date", "items[0].title",
                "items[1].title", "items[1].resolutions[0].outcome", "items[1].rows[1].unit", "items[2].unit");
        assertThat(edit("removeRow:1:0").paths(MARKS)).contains("items[1].rows[0].unit", "items[1].resolutions[1].outcome");
        assertThat(edit("removeRow:0:1").paths(MARKS)).isEqualTo(MARKS);
        assertThat(edit("addResolution:1").paths(MARKS)).isEqualTo(MARKS);
    }

    @Test
    void editsChangeTheStructureAndRefuseIndexesTheDraftHasNot() {
        DraftContent c = new DraftContent();
        for (String t : List.of("a", "b")) {
            DraftContent.Item i = new DraftContent.Item();
            i.title = t;
            c.items.add(i);
        }
        DraftEdit.addItem("DISCUSSION", " c ", 0).apply(c);
        edit("moveDown:1").apply(c);
        assertThat(c.items).extracting(i -> i.title).containsExactly("a", "b", "c");
        edit("addResolution:2").apply(c);
        assertThat(c.items.get(2).resolutions.get(0).label).isEqualTo("RESOLUTION");
        assertThatThrownBy(() -> edit("moveUp:0").apply(c)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> edit("moveDown:2").apply(c)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> edit("removeResolution:2:1").apply(c)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> DraftEdit.addItem("REPORT", "x", 3).apply(c)).isInstanceOf(DomainException.class);
        edit("removeItem:0").apply(c);
        assertThat(c.items).extracting(i -> i.title).containsExactly("b", "c");
    }
}
