package tw.mainstream.document;

import java.util.List;

/**
 * A numbered heading (壹、 一、 （一） 1. （1）) with child blocks. The number and the level are
 * never stored: they follow from the position of the section in the document tree.
 *
 * @param heading  heading text without the number, e.g. 「報告事項」
 * @param children the blocks under the heading, possibly nested sections
 */
public record Section(String heading, List<Block> children) implements Block {

    public Section {
        heading = Texts.required(heading, "Section heading");
        children = List.copyOf(children);
    }

    public static Section of(String heading, Block... children) {
        return new Section(heading, List.of(children));
    }
}
