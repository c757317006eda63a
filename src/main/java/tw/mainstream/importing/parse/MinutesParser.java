package tw.mainstream.importing.parse;

import java.util.ArrayList;
import java.util.List;

import tw.mainstream.importing.ImportedMinutes;

/** Turns the text of minutes into {@link ImportedMinutes}: clean, classify, join, then header and body. */
public final class MinutesParser {
    private MinutesParser() {
    }

    public static ImportedMinutes parse(String text) {
        List<TextCleaner.CleanLine> cleaned = RunOnSplitter.split(TextCleaner.clean(text));
        List<Line> classified = new ArrayList<>(cleaned.size());
        for (int i = 0; i < cleaned.size(); i++) {
            classified.add(LineClassifier.classify(i, cleaned.get(i).text(), cleaned.get(i).bulleted()));
        }
        List<Line> lines = LineJoiner.join(classified);
        HeaderParser.Header header = HeaderParser.parse(lines);
        List<String> uncertain = new ArrayList<>(header.uncertain());
        BodyParser.Body body = new BodyParser(lines, header.numbering(), header.lastNumber())
                .parse(header.bodyStart(), uncertain);
        return new ImportedMinutes(header.title(), header.agency(), header.year(), header.sequence(), header.date(),
                header.start(), body.adjourned() != null ? body.adjourned() : header.end(), header.place(),
                header.chair(), header.recorder(), header.attendance(), body.openingRemarks(), body.items(),
                body.chairConclusion(), uncertain);
    }
}
