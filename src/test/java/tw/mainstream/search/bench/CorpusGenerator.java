package tw.mainstream.search.bench;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.SearchDocument;
import tw.mainstream.search.TrackingStatus;

/**
 * A deterministic corpus shaped like the tracking data: tracked items, each followed by its
 * progress reports (執行情形). The same seed yields the same documents, so the index and the
 * database receive identical text without holding the corpus in memory.
 */
final class CorpusGenerator implements Iterator<SearchDocument> {

    static final int AGENCIES = 30;
    static final int UNITS_PER_AGENCY = 12;

    private final SplittableRandom random;
    private final BenchTexts texts;
    private final int items;
    private final int reports;
    private int itemNo;
    private int reportNo;
    private int reportsLeftForItem;
    private Item current;

    private record Item(long agency, long taskForce, long leadUnit, String unitName, String topic, LocalDate date,
            boolean open) {
    }

    CorpusGenerator(long seed, int items, int reports) {
        this.random = new SplittableRandom(seed);
        this.texts = new BenchTexts(random);
        this.items = items;
        this.reports = reports;
    }

    long total() {
        return (long) items + reports;
    }

    @Override
    public boolean hasNext() {
        return itemNo < items || reportNo < reports;
    }

    @Override
    public SearchDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (current != null && reportsLeftForItem > 0 && reportNo < reports) {
            reportsLeftForItem--;
            return report(current, ++reportNo);
        }
        if (itemNo < items) {
            current = newItem();
            int remainingItems = items - itemNo;
            int meanReports = Math.max(1, (reports - reportNo) / remainingItems);
            reportsLeftForItem = remainingItems == 1 ? reports - reportNo : random.nextInt(meanReports * 2 + 1);
            return item(current, ++itemNo);
        }
        reportsLeftForItem = 0;
        return report(current, ++reportNo);
    }

    private Item newItem() {
        long agency = 1 + random.nextInt(AGENCIES);
        int unitIndex = random.nextInt(UNITS_PER_AGENCY);
        LocalDate date = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
        return new Item(agency, agency * 10, agency * 100 + unitIndex,
                PhrasePools.UNITS.get((int) (agency + unitIndex) % PhrasePools.UNITS.size()),
                texts.topic(), date, random.nextInt(10) < 4);
    }

    private SearchDocument item(Item item, int no) {
        String member = texts.member();
        String title = "有關「" + item.topic() + "」案";
        String body = texts.item(item.topic(), item.unitName(), item.date(), member);
        return document("tracked-item:" + no, DocumentKind.TRACKED_ITEM, item, item.date(), title, body, member);
    }

    private SearchDocument report(Item item, int no) {
        LocalDate date = item.date().plusDays(30 + random.nextInt(700));
        String member = texts.member();
        String title = item.unitName() + "「" + item.topic() + "」執行情形";
        String body = texts.report(item.topic(), item.unitName(), date, member);
        return document("progress-report:" + no, DocumentKind.PROGRESS_REPORT, item, date, title, body, member);
    }

    private SearchDocument document(String id, DocumentKind kind, Item item, LocalDate date, String title, String body,
            String member) {
        String masked = member.charAt(0) + "O" + member.substring(2);
        boolean published = random.nextInt(10) < 8;
        return new SearchDocument(id, kind, item.agency(), item.taskForce(), item.leadUnit(), date.getYear() - 1911,
                date, item.open() ? TrackingStatus.OPEN : TrackingStatus.CLOSED, published, title, body,
                published ? title : null, published ? body.replace(member, masked) : null, "/tracking/" + id);
    }

}
