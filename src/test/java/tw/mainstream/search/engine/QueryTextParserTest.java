package tw.mainstream.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.mainstream.search.engine.QueryTextParser.Clause;

class QueryTextParserTest {

    @Test
    void splitsOnWhitespaceKeepsQuotesAndExclusions() {
        assertThat(QueryTextParser.parse(" 性別預算\u3000 \"外來 人口\" -托育 「同性 婚姻」 "))
                .containsExactly(new Clause("性別預算", false), new Clause("外來 人口", false),
                        new Clause("托育", true), new Clause("同性 婚姻", false));
    }

    @Test
    void unclosedQuoteAndLoneMinusAreText() {
        assertThat(QueryTextParser.parse("\"性別 -")).containsExactly(new Clause("性別", false), new Clause("-", false));
        assertThat(QueryTextParser.parse("-\"移工 安置\"")).containsExactly(new Clause("移工 安置", true));
    }

    @Test
    void limitsTheNumberOfTerms() {
        assertThat(QueryTextParser.parse("字 ".repeat(100))).hasSize(QueryTextParser.MAX_TERMS);
    }

    @Test
    void phraseTokensKeepBigramsAndUncoveredUnigrams() {
        assertThat(PhraseTokens.tokens("同性婚姻")).extracting(PhraseTokens.Token::text)
                .containsExactly("同性", "性婚", "婚姻");
        assertThat(PhraseTokens.tokens("管")).extracting(PhraseTokens.Token::text).containsExactly("管");
        assertThat(PhraseTokens.tokens("111年度ABC")).containsExactly(new PhraseTokens.Token("111", 0),
                new PhraseTokens.Token("年度", 1), new PhraseTokens.Token("abc", 3));
        assertThat(PhraseTokens.tokens("，。")).isEmpty();
        assertThat(List.of(PhraseTokens.query("body", "同性婚姻").toString())).containsExactly("body:\"同性 性婚 婚姻\"");
    }
}
