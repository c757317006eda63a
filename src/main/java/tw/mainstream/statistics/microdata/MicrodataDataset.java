package tw.mainstream.statistics.microdata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Descriptor of a large microdata file (or set of files) aggregated in place by DuckDB, e.g. the
 * border crossings of the National Immigration Agency (移民署). {@code paths} are files or globs
 * ({@code /data/nia/crossings-*.parquet}); only the listed {@code columns} can be used in a pivot.
 * A dataset belongs to an agency ({@code agencyId}) and is read by those who may read that agency
 * (one without an agency by the administrator only). Paths never leave the server: see {@link #view()}.
 */
public record MicrodataDataset(String id, String titleZh, String titleEn, List<String> paths,
                               DataFormat format, List<MicrodataColumn> columns, SexCoding sexCoding,
                               Long agencyId) {

    public MicrodataDataset {
        id = id == null ? "" : id.strip();
        titleZh = titleZh == null ? "" : titleZh.strip();
        titleEn = titleEn == null || titleEn.isBlank() ? null : titleEn.strip();
        paths = paths == null ? List.of() : paths.stream().filter(Objects::nonNull).map(String::strip).toList();
        format = format == null ? guessFormat(paths) : format;
        columns = columns == null ? List.of() : List.copyOf(columns);
        sexCoding = sexCoding == null ? SexCoding.DEFAULT : sexCoding;
    }

    public MicrodataDataset(String id, String titleZh, String titleEn, List<String> paths,
                            DataFormat format, List<MicrodataColumn> columns, SexCoding sexCoding) {
        this(id, titleZh, titleEn, paths, format, columns, sexCoding, null);
    }

    public MicrodataDataset(String id, String titleZh, String titleEn, List<String> paths,
                            DataFormat format, List<MicrodataColumn> columns) {
        this(id, titleZh, titleEn, paths, format, columns, SexCoding.DEFAULT);
    }

    /** The same dataset owned by an agency. */
    public MicrodataDataset ownedBy(Long agency) {
        return new MicrodataDataset(id, titleZh, titleEn, paths, format, columns, sexCoding, agency);
    }

    /** What pages and the API show: no server paths. */
    public MicrodataView view() {
        return new MicrodataView(id, titleZh, titleEn, format, columns, agencyId);
    }

    /** The column with this exact name, if it is declared. */
    public Optional<MicrodataColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<MicrodataColumn> dateColumn() {
        return columns.stream().filter(c -> c.role() == ColumnRole.DATE).findFirst();
    }

    public Optional<MicrodataColumn> sexColumn() {
        return columns.stream().filter(c -> c.role() == ColumnRole.SEX).findFirst();
    }

    /** Columns that can group rows or columns of a pivot: DATE, SEX and DIMENSION. */
    public List<MicrodataColumn> dimensions() {
        return columns.stream().filter(c -> c.role() != ColumnRole.MEASURE).toList();
    }

    public List<MicrodataColumn> measures() {
        return columns.stream().filter(c -> c.role() == ColumnRole.MEASURE).toList();
    }

    MicrodataDataset withColumns(List<MicrodataColumn> newColumns, List<String> newPaths) {
        return new MicrodataDataset(id, titleZh, titleEn, newPaths, format, newColumns, sexCoding, agencyId);
    }

    private static DataFormat guessFormat(List<String> paths) {
        boolean parquet = !paths.isEmpty() && paths.stream().allMatch(p -> p.toLowerCase().endsWith(".parquet"));
        return parquet ? DataFormat.PARQUET : DataFormat.CSV;
    }
}
