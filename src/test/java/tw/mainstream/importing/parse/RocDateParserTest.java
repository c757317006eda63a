package tw.mainstream.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RocDateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "111 年 7 月 25 日|2022-07-25",
        "111年7月25日|2022-07-25",
        "中華民國 112 年 7 月 24 日|2023-07-24",
        "民國112年7月24日|2023-07-24",
        "110-12-29|2021-12-29",
        "99.3.30|2010-03-30",
        "104/10/12|2015-10-12",
        "１１１年７月２５日|2022-07-25",
        "2023 年 3 月 1 日|2023-03-01",
        "時間：105 年 9 月 21 日（星期三）下午 2 時|2016-09-21",
    })
    void everyDateForm(String text, LocalDate expected) {
        var parsed = RocDateParser.parseDate(text).orElseThrow();
        assertThat(parsed.date()).isEqualTo(expected);
        assertThat(parsed.weekdayMismatch()).isFalse();
    }

    @Test
    void weekdayIsChecked() {
        assertThat(RocDateParser.parseDate("111 年 7 月 25 日(星期一)").orElseThrow().weekdayMismatch()).isFalse();
        assertThat(RocDateParser.parseDate("111 年 7 月 25 日（星期二）").orElseThrow().weekdayMismatch()).isTrue();
        assertThat(RocDateParser.parseDate("112.7.23(週日)").orElseThrow().weekdayMismatch()).isFalse();
    }

    @Test
    void weekdayIsPartOfTheDate() {
        String text = "111 年 7 月 25 日(星期一)下午 2 時 30 分";
        int end = RocDateParser.parseDate(text).orElseThrow().end();
        assertThat(text.substring(end)).isEqualTo("下午 2 時 30 分");
    }

    @Test
    void impossibleDatesAreNone() {
        assertThat(RocDateParser.parseDate("111 年 2 月 30 日")).isEmpty();
        assertThat(RocDateParser.parseDate("會議紀錄")).isEmpty();
        assertThat(RocDateParser.parseDate(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "下午 2 時 30 分|14:30",
        "下午 15 時 10 分|15:10",
        "上午 9 時|09:00",
        "上午9時30分|09:30",
        "下午2時半|14:30",
        "14:30|14:30",
        "下午 2 點|14:00",
        "中午 12 時|12:00",
        "晚上 7 時|19:00",
    })
    void times(String text, LocalTime expected) {
        var time = RocDateParser.parseTime(text).orElseThrow();
        assertThat(time.time()).isEqualTo(expected);
        assertThat(time.periodGuessed()).isFalse();
    }

    @Test
    void anAfternoonHourWithoutPeriodIsGuessed() {
        var time = RocDateParser.parseTime("2 時 30 分").orElseThrow();
        assertThat(time.time()).isEqualTo(LocalTime.of(14, 30));
        assertThat(time.periodGuessed()).isTrue();
    }

    @Test
    void rangeCarriesThePeriodToTheEnd() {
        var range = RocDateParser.parseRange("下午 2 時至 4 時 30 分");
        assertThat(range.start().time()).isEqualTo(LocalTime.of(14, 0));
        assertThat(range.end().time()).isEqualTo(LocalTime.of(16, 30));
        var morning = RocDateParser.parseRange("上午 9 時 30 分～11 時");
        assertThat(morning.end().time()).isEqualTo(LocalTime.of(11, 0));
        assertThat(RocDateParser.parseRange("上午 10 時").end()).isNull();
    }
}
