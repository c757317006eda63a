package tw.mainstream.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;

import tw.mainstream.importing.ImportResult;
import tw.mainstream.importing.ImportedItem;
import tw.mainstream.importing.ImportedMinutes;
import tw.mainstream.importing.ImportedResolution;
import tw.mainstream.importing.MinutesImporter;

/** Minutes text parsed as the importer reads a file, and what the form tests look at in the result. */
final class ParsedMinutes {
    private ParsedMinutes() {
    }

    static ImportedMinutes parse(String text) {
        ImportResult result = MinutesImporter.importText("t.txt", text);
        assertThat(result.isOk()).as(String.valueOf(result.error())).isTrue();
        return result.minutes();
    }

    static List<String> titles(ImportedMinutes m) {
        return m.items().stream().map(ImportedItem::title).filter(Objects::nonNull).toList();
    }

    static List<String> decisions(ImportedMinutes m) {
        return m.items().stream().flatMap(i -> i.resolutions().stream()).map(ImportedResolution::text).toList();
    }
}
