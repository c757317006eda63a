package tw.mainstream.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns one search term into the query that matches it exactly as a phrase. The index holds
 * bigrams and unigrams of Han text ({@link ChineseAnalyzer}); of those, the query keeps the
 * bigrams and only the unigrams no bigram covers (a lone character such as 管, or a term's
 * last character), at their indexed positions: 同性婚姻 becomes the phrase 同性 性婚 婚姻.
 */
final class PhraseTokens {

    private static final Analyzer ANALYZER = new ChineseAnalyzer();

    record Token(String text, int position) {
    }

    private PhraseTokens() {
    }

    /** The query for {@code text} on {@code field}, or null when nothing searchable is left. */
    static Query query(String field, String text) {
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).text()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Token token : tokens) {
            phrase.add(new Term(field, token.text()), token.position());
        }
        return phrase.build();
    }

    static List<Token> tokens(String text) {
        List<Token> selected = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(SearchFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            int position = -1;
            int coveredUntil = -1;
            Token pendingUnigram = null;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                // a unigram is followed by the bigram starting at the same position, if any
                if (pendingUnigram != null && pendingUnigram.position() != position) {
                    selected.add(pendingUnigram);
                    pendingUnigram = null;
                }
                if (length.getPositionLength() > 1) {
                    pendingUnigram = null;
                    selected.add(new Token(term.toString(), position));
                    coveredUntil = position + length.getPositionLength() - 1;
                } else if (position > coveredUntil) {
                    pendingUnigram = new Token(term.toString(), position);
                }
            }
            if (pendingUnigram != null) {
                selected.add(pendingUnigram);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return relativeToFirst(selected);
    }

    private static List<Token> relativeToFirst(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        int first = tokens.get(0).position();
        return tokens.stream().map(t -> new Token(t.text(), t.position() - first)).toList();
    }
}
