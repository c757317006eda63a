package tw.mainstream.importing.eval;

/** Counts of one field (or file): values expected, extracted, and extracted correctly. */
final class FieldScore {
    int expected;
    int extracted;
    int correct;

    void add(int e, int x, int c) {
        expected += e;
        extracted += x;
        correct += c;
    }

    double precision() {
        return extracted == 0 ? 1 : (double) correct / extracted;
    }

    double recall() {
        return expected == 0 ? 1 : (double) correct / expected;
    }
}
