package tw.mainstream.search.bench;

import static tw.mainstream.search.bench.PhrasePools.*;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The texts of generated tracked items and progress reports, composed from {@link PhrasePools}:
 * shared by the search corpus and the tracking data generator, so that both benchmarks search
 * the same kind of text.
 */
public final class BenchTexts {

    private final SplittableRandom random;

    public BenchTexts(SplittableRandom random) {
        this.random = random;
    }

    public String topic() {
        return pick(TOPICS);
    }

    public String member() {
        return pick(MEMBERS);
    }

    /** 有關「topic」案: what the meeting asked and what the unit answered. */
    public String item(String topic, String unitName, LocalDate date, String member) {
        return rocDate(date) + "性別平等專案小組第" + (1 + random.nextInt(3)) + "次會議，有關「" + topic + "」案，業經"
                + unitName + "依委員建議，" + pick(ACTIONS) + pick(TOPICS) + pick(OBJECTS) + "。委員" + member + "意見："
                + pick(REMARKS) + "。" + unitName + "代表回應：" + pick(ACTIONS) + pick(OBJECTS) + "，" + pick(RESULTS)
                + "。" + pick(DECISIONS);
    }

    /** 執行情形: what the unit did for the item, and its proposal. */
    public String report(String topic, String unitName, LocalDate date, String member) {
        return unitName + "執行情形：" + rocDate(date) + pick(ACTIONS) + topic + pick(OBJECTS) + "，" + pick(RESULTS)
                + "；另" + pick(ACTIONS) + pick(TOPICS) + pick(OBJECTS) + "，" + pick(RESULTS) + "。承辦人洽委員" + member
                + "意見後，" + pick(ACTIONS) + pick(OBJECTS) + "。" + pick(PROPOSALS);
    }

    private static String rocDate(LocalDate date) {
        return (date.getYear() - 1911) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }
}
