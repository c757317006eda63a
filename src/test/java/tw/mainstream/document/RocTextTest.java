package tw.mainstream.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class RocTextTest {

    @Test
    void datesUseTheRocYearAndTheWeekday() {
        LocalDate date = LocalDate.of(2022, 7, 25);
        assertThat(RocText.rocYear(date)).isEqualTo(111);
        assertThat(RocText.date(date)).isEqualTo("111 年 7 月 25 日");
        assertThat(RocText.dateWithWeekday(date)).isEqualTo("111 年 7 月 25 日（星期一）");
        assertThat(RocText.dateWithWeekday(LocalDate.of(2016, 9, 21))).isEqualTo("105 年 9 月 21 日（星期三）");
        assertThat(RocText.dateWithWeekday(LocalDate.of(2022, 7, 31))).endsWith("（星期日）");
        assertThat(RocText.shortDate(LocalDate.of(2015, 10, 12))).isEqualTo("104/10/12");
        assertThat(RocText.year(2023)).isEqualTo("112 年");
    }

    @Test
    void timesUseTheTwelveHourClockWithPeriod() {
        assertThat(RocText.time(LocalTime.of(14, 30))).isEqualTo("下午 2 時 30 分");
        assertThat(RocText.time(LocalTime.of(14, 0))).isEqualTo("下午 2 時");
        assertThat(RocText.time(LocalTime.of(9, 5))).isEqualTo("上午 9 時 5 分");
        assertThat(RocText.time(LocalTime.of(12, 30))).isEqualTo("中午 12 時 30 分");
        assertThat(RocText.time(LocalTime.of(15, 40))).isEqualTo("下午 3 時 40 分");
    }

    @Test
    void dateTimeJoinsDateAndTime() {
        assertThat(RocText.dateTime(LocalDateTime.of(2022, 7, 25, 14, 30)))
                .isEqualTo("111 年 7 月 25 日（星期一）下午 2 時 30 分");
    }

    @Test
    void rejectsDatesBeforeTheRepublic() {
        assertThatThrownBy(() -> RocText.date(LocalDate.of(1911, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1912");
        assertThat(RocText.date(LocalDate.of(1912, 1, 1))).isEqualTo("1 年 1 月 1 日");
    }
}
