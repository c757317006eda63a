package tw.mainstream.document;

/**
 * One labelled line under the title, e.g. 「時間」: 「111 年 7 月 25 日（星期一）下午 2 時 30 分」.
 *
 * @param label the label without colon
 * @param value the value
 */
public record HeaderField(String label, String value) {

    public HeaderField {
        label = Texts.required(label, "Header field label");
        value = value == null ? "" : value.strip();
    }
}
