package tw.mainstream.document.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import tw.mainstream.document.Block;
import tw.mainstream.document.DocumentFormat;
import tw.mainstream.document.DocumentRenderer;
import tw.mainstream.document.OfficialDocument;
import tw.mainstream.document.Paragraph;
import tw.mainstream.document.Remark;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.document.Section;
import tw.mainstream.document.Table;

/**
 * Renders a ~20-page minutes (60 items with remarks) to ODT, DOCX and PDF and prints the median
 * time per format after a warm-up. Not a unit test: run with bench/document-bench.sh
 * [ODT|DOCX|PDF|HTML ...].
 */
public final class MinutesRenderBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 15;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        OfficialDocument document = largeMinutes(60);
        DocumentRenderer renderer = new DocumentRenderer();
        List<DocumentFormat> formats = args.length == 0
                ? List.of(DocumentFormat.ODT, DocumentFormat.DOCX, DocumentFormat.PDF)
                : Arrays.stream(args).map(DocumentFormat::valueOf).toList();
        for (DocumentFormat format : formats) {
            long first = time(d -> renderer.render(d, format).content(), document);
            for (int i = 0; i < WARMUP; i++) {
                renderer.render(document, format);
            }
            long[] runs = new long[RUNS];
            long[] cpu = new long[RUNS];
            int size = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                size = renderer.render(document, format).content().length;
                cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                runs[i] = System.nanoTime() - start;
            }
            Arrays.sort(runs);
            Arrays.sort(cpu);
            // CPU time of the rendering thread is the fairer figure on a shared, overloaded machine
            System.out.printf("%-5s first %6d ms   median %6.1f ms   min %6.1f ms   median CPU %6.1f ms   (%d runs, %d KB)%n",
                    format, first, runs[RUNS / 2] / 1e6, runs[0] / 1e6, cpu[RUNS / 2] / 1e6, RUNS, size / 1024);
        }
    }

    private static long time(Function<OfficialDocument, byte[]> render, OfficialDocument document) {
        long start = System.nanoTime();
        render.apply(document);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Minutes with {@code items} report items, each with an explanation, remarks and a resolution. */
    public static OfficialDocument largeMinutes(int items) {
        List<Block> reports = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            reports.add(Section.of("有關本署第 " + i + " 案「性別平等推動計畫」執行情形及性別統計指標檢討案",
                    Paragraph.lead("說明：", ""),
                    Section.of("依據行政院性別平等會第 " + i + " 次委員會議決議，各機關應定期檢視性別統計指標，"
                            + "並將分析結果納入業務規劃，以落實性別主流化政策。"),
                    Section.of("本案業經移民事務組、移民資訊組及主計室彙整 110 年度相關數據，女性申請案件占 "
                            + (40 + i % 20) + "%，較上年度增加 " + (i % 7) + " 個百分點。"),
                    Paragraph.lead("委員發言要點：", ""),
                    new Remark("吳O麗", "委員", "建議本案再補充分析不同年齡層及國籍別之差異，並說明相關措施對於新住民女性"
                            + "就業與家庭照顧之影響，以利後續政策評估。"),
                    new Remark("移民事務組", "代表", "感謝委員指導，將依委員意見補充分年齡層及國籍別之統計分析，"
                            + "並於下次會議提出書面資料說明辦理情形。"),
                    Paragraph.lead("決議：", "洽悉，並請各業管單位參考委員意見賡續辦理。")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(List.of("111/" + i + "/15", "第 " + i + " 項列管事項：請研議提升女性參與比例之具體措施。",
                    "已完成第一階段盤點，賡續辦理中。", "移民事務組", i % 3 == 0 ? "是" : "否"));
        }
        return OfficialDocument.builder()
                .title("內政部移民署", "111 年性別平等工作小組第 2 次會議紀錄")
                .field("時間", RocDates.formatWithWeekday(java.time.LocalDate.of(2022, 12, 19)) + RocDates.formatTime(java.time.LocalTime.of(14, 30)))
                .field("地點", "本署 10 樓第 1 會議室")
                .field("主席", "林副署長興春")
                .field("紀錄", "曾筠苓")
                .field("出(列)席人員", "詳如簽到表")
                .add(Section.of("宣布開會"),
                        Section.of("主席致詞：（略）"),
                        Section.of("上次會議決議辦理情形", new Table("決議列管事項執行情形",
                                List.of("會議日期", "內容說明或裁(指)示事項", "執行情形", "備註", "是否解列"),
                                rows, List.of(12, 34, 28, 18, 8))),
                        new Section("報告事項", reports),
                        Section.of("臨時動議：無。"),
                        Section.of("散會：下午 4 時 40 分。"))
                .build();
    }
}
