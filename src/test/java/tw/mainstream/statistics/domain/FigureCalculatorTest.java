package tw.mainstream.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.mainstream.statistics.TableFigures;
import tw.mainstream.statistics.importing.Observation;

class FigureCalculatorTest {

    static Observation o(int year, String sex, String grade, int value) {
        return new Observation(year, sex, grade, "", "", "", "", "", "人數", BigDecimal.valueOf(value), 0);
    }

    @Test
    void shareRatioGapAndChange() {
        List<Observation> data = List.of(o(2021, "M", "簡任", 60), o(2021, "F", "簡任", 40),
                o(2022, "M", "簡任", 50), o(2022, "F", "簡任", 30), o(2022, "M", "薦任", 10), o(2022, "F", "薦任", 30),
                o(2022, "T", "簡任", 80));
        TableFigures f = FigureCalculator.figures(data, "人數", "職等");
        assertThat(f.years()).hasSize(2);
        TableFigures.YearFigure y21 = f.years().get(0);
        assertThat(y21.rocYear()).isEqualTo(110);
        assertThat(y21.shareOfWomen()).isEqualByComparingTo("40.0");
        assertThat(y21.sexRatio()).isEqualByComparingTo("150.0");
        assertThat(y21.gap()).isEqualByComparingTo("20");
        assertThat(y21.shareChange()).isNull();
        TableFigures.YearFigure y22 = f.years().get(1);
        assertThat(y22.total()).isEqualByComparingTo("120");
        assertThat(y22.shareOfWomen()).isEqualByComparingTo("50.0");
        assertThat(y22.shareChange()).isEqualByComparingTo("10.0");
        assertThat(f.pyramidYear()).isEqualTo(111);
        assertThat(f.categories()).extracting(TableFigures.CategoryFigure::name).containsExactly("簡任", "薦任");
        assertThat(f.chartJson()).contains("\"years\":[110,111]").contains("\"categories\":[\"簡任\",\"薦任\"]");
    }

    @Test
    void subtotalRowsAreUsedInsteadOfBeingAddedTwice() {
        List<Observation> data = List.of(o(2022, "M", "簡任", 5), o(2022, "F", "簡任", 5), o(2022, "M", "合計", 5),
                o(2022, "F", "合計", 5));
        assertThat(FigureCalculator.figures(data, "人數", "職等").years().get(0).total()).isEqualByComparingTo("10");
    }

    @Test
    void noWomenMeansNoSexRatio() {
        TableFigures f = FigureCalculator.figures(List.of(o(2022, "M", "", 5), o(2022, "F", "", 0)), "人數", "");
        assertThat(f.years().get(0).sexRatio()).isNull();
        assertThat(f.hasPyramid()).isFalse();
    }
}
