package tw.mainstream.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RocDatesTest {

    @Test
    void formatsTheWayMinutesWriteIt() {
        assertThat(RocDates.formatWithWeekday(LocalDate.of(2022, 7, 25))).isEqualTo("111 年 7 月 25 日（星期一）");
        assertThat(RocDates.formatWithWeekday(LocalDate.of(2016, 9, 21))).isEqualTo("105 年 9 月 21 日（星期三）");
        assertThat(RocDates.formatShort(LocalDate.of(2015, 10, 12))).isEqualTo("104/10/12");
        assertThat(RocDates.formatEnglish(LocalDate.of(2022, 7, 25))).isEqualTo("ROC 111-07-25 (Mon)");
    }

    @Test
    void formatsTimesWithPeriod() {
        assertThat(RocDates.formatTime(LocalTime.of(14, 30))).isEqualTo("下午 2 時 30 分");
        assertThat(RocDates.formatTime(LocalTime.of(9, 0))).isEqualTo("上午 9 時");
        assertThat(RocDates.formatTime(LocalTime.of(12, 0))).isEqualTo("中午 12 時");
    }

    @ParameterizedTest
    @ValueSource(strings = {"111/7/25", "111年7月25日", "111 年 7 月 25 日", "111.07.25", "2022-07-25", "中華民國111年7月25日", "111-7-25"})
    void parsesEveryAcceptedForm(String text) {
        assertThat(RocDates.parse(text)).contains(LocalDate.of(2022, 7, 25));
    }

    @ParameterizedTest
    @ValueSource(strings = {"111/2/30", "111/13/1", "abc", "", "2022-02-29", "0/1/1", "111/7"})
    void rejectsImpossibleDates(String text) {
        assertThat(RocDates.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"14:30", "14：30", "下午 2 時 30 分", "下午2:30", "下午2時30分", "14時30分"})
    void parsesTimesIn24HourOrWithPeriod(String text) {
        assertThat(RocDates.parseTime(text)).contains(LocalTime.of(14, 30));
    }

    @Test
    void readsMorningNoonAndRejectsNonsense() {
        assertThat(RocDates.parseTime("上午 9 時")).contains(LocalTime.of(9, 0));
        assertThat(RocDates.parseTime("中午12時")).contains(LocalTime.of(12, 0));
        assertThat(RocDates.parseTime("9:05")).contains(LocalTime.of(9, 5));
        assertThat(RocDates.parseTime("25:00")).isEmpty();
        assertThat(RocDates.parseTime("下午 13 時")).isEmpty();
        assertThat(RocDates.parseTime("午後")).isEmpty();
    }

    @Test
    void convertsYearsBetweenCalendars() {
        assertThat(RocDates.rocYear(2022)).isEqualTo(111);
        assertThat(RocDates.gregorianYear(111)).isEqualTo(2022);
        assertThat(RocDates.gregorianYear(1)).isEqualTo(1912);
    }
}
