package tw.mainstream.document;

/**
 * One piece of a document body. Blocks nest only through {@link Section} (and the points of a
 * {@link Remark}); the official numbering of a section is derived from how deep it is nested, that
 * of a {@link PointList} from the level it names.
 */
public sealed interface Block permits Section, Paragraph, Remark, PointList, Table, Image, SignatureTable {
}
