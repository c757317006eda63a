package tw.mainstream.statistics.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tw.mainstream.statistics.importing.ImportProblem.Kind;

class ImportCheckerTest {

    static ImportCheck check(String csv) {
        RawSheet sheet = SheetReader.read("t.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        return ImportChecker.check(sheet, ColumnMapping.guess(sheet), "人數");
    }

    static ImportProblem only(ImportCheck check) {
        assertThat(check.problems()).hasSize(1);
        return check.problems().get(0);
    }

    @Test
    void cleanLongFileYieldsObservationsInAdYears() {
        ImportCheck c = check("年度,職等,性別,人數\n111,簡任,男,10\n111,簡任,女性,5\n2023,簡任,總計,15\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.observations()).extracting(Observation::year).containsExactly(2022, 2022, 2023);
        assertThat(c.observations()).extracting(Observation::sex).containsExactly("M", "F", "T");
    }

    @Test
    void wideFileWithSexColumns() {
        ImportCheck c = check("年度,職等,男,女,合計\n111,簡任,\"1,200\",800,2000\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.observations()).hasSize(3).allMatch(o -> o.grade().equals("簡任") && o.measure().equals("人數"));
    }

    @Test
    void raggedRow() {
        ImportProblem p = only(check("年度,性別,人數\n111,男,1\n111,女\n"));
        assertThat(p.kind()).isEqualTo(Kind.RAGGED_ROW);
        assertThat(p.row()).isEqualTo(3);
    }

    @Test
    void nonNumericCount() {
        ImportProblem p = only(check("年度,性別,人數\n111,男,1\n111,女,約五人\n112,男,3\n"));
        assertThat(p.kind()).isEqualTo(Kind.NOT_NUMERIC);
        assertThat(p.value()).isEqualTo("約五人");
    }

    @Test
    void sexOutsideTheCodeList() {
        ImportProblem p = only(check("年度,性別,人數\n111,男,1\n111,X,2\n"));
        assertThat(p.kind()).isEqualTo(Kind.SEX_CODE);
        assertThat(p.row()).isEqualTo(3);
    }

    @Test
    void duplicatedKey() {
        ImportProblem p = only(check("年度,性別,人數\n111,男,1\n111,女,2\n111,男,3\n"));
        assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_KEY);
        assertThat(p.row()).isEqualTo(4);
        assertThat(p.value()).isEqualTo("2");
    }

    @Test
    void totalThatDoesNotAddUpIsAWarning() {
        ImportCheck c = check("年度,職等,性別,人數\n111,簡任,男,10\n111,簡任,女,5\n111,簡任,計,16\n");
        ImportProblem p = only(c);
        assertThat(p.kind()).isEqualTo(Kind.TOTAL_MISMATCH);
        assertThat(p.row()).isEqualTo(4);
        assertThat(c.hasErrors()).isFalse();
        assertThat(c.hasWarnings()).isTrue();
    }

    @Test
    void badYearAndMissingColumns() {
        assertThat(only(check("年度,性別,人數\n去年,男,1\n")).kind()).isEqualTo(Kind.YEAR);
        assertThat(check("性別,人數\n男,1\n").problems()).extracting(ImportProblem::kind).contains(Kind.NO_YEAR_COLUMN);
    }

    @Test
    void rocAndAdYears() {
        assertThat(ColumnMapping.year("111")).contains(2022);
        assertThat(ColumnMapping.year("民國111年")).contains(2022);
        assertThat(ColumnMapping.year("2022")).contains(2022);
        assertThat(ColumnMapping.year("1800")).isEmpty();
    }
}
