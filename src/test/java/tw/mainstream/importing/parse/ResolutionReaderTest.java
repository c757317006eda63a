package tw.mainstream.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import tw.mainstream.importing.ResolutionOutcome;

class ResolutionReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "洽悉。|NOTED",
        "洽悉，並請各業管單位賡續辦理。|NOTED",
        "准予備查。|NOTED",
        "照案通過。|ADOPTED",
        "通過。|ADOPTED",
        "修正通過，請教務處依委員意見修正後公告。|AMENDED",
        "解除列管。|CLOSED",
        "同意解列。|CLOSED",
        "繼續列管。|CONTINUED",
        "請秘書室賡續列管，於下次會議報告。|CONTINUED",
        "請於下次會議安排報告。|null",
        "請移民資訊組參考委員意見，賡續辦理相關事宜。|null",
    })
    void outcome(String text, ResolutionOutcome expected) {
        assertThat(ResolutionReader.outcome(text)).isEqualTo(expected);
    }

    @Test
    void severalOutcomesAreAmbiguous() {
        assertThat(ResolutionReader.ambiguous("第 1 案解除列管，第 2 案繼續列管。")).isTrue();
        assertThat(ResolutionReader.outcome("第 1 案解除列管，第 2 案繼續列管。")).isNull();
        assertThat(ResolutionReader.outcome("洽悉，本案繼續列管。")).isEqualTo(ResolutionOutcome.CONTINUED);
        assertThat(ResolutionReader.ambiguous("修正通過。")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "請移民資訊組參考委員意見，賡續辦理相關事宜。|移民資訊組",
        "請人事室與綜企組依性平辦與委員建議辦理。|人事室",
        "請國際及執法事務組持續追蹤。|國際及執法事務組",
        "照案通過，請教務處於 8 月底前公告。|教務處",
        "洽悉，並請各業管單位賡續辦理。|null",
        "請於會後重新與性平辦討論調整。|null",
        "請依委員建議規劃未來課程。|null",
        "請於下次會議安排報告。|null",
        "由秘書室彙整後陳報。|秘書室",
    })
    void leadUnit(String text, String expected) {
        assertThat(ResolutionReader.units(text).lead()).isEqualTo(expected);
    }

    @Test
    void supportingUnits() {
        assertThat(ResolutionReader.units("請主計室、人事室及秘書室於下次會議報告。").supporting())
                .isEqualTo(List.of("人事室", "秘書室"));
    }
}
