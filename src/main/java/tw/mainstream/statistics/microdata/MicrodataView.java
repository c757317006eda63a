package tw.mainstream.statistics.microdata;

import java.util.List;

/** A microdata dataset as readers see it: what it holds and whose it is, never where its files are. */
public record MicrodataView(String id, String titleZh, String titleEn, DataFormat format,
                            List<MicrodataColumn> columns, Long agencyId) {
}
