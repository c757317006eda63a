/**
 * Document engine for official government documents (會議紀錄, 開會通知單, 議程, 簽到表, follow-up
 * tables).
 *
 * <p>Other modules build an {@link tw.mainstream.document.OfficialDocument} (title lines, header
 * fields, body of {@link tw.mainstream.document.Block}s) and call
 * {@link tw.mainstream.document.DocumentRenderer#render} for ODT, DOCX, PDF or HTML, or
 * {@link tw.mainstream.document.DocumentRenderer#htmlFragment} to embed the document in a
 * Thymeleaf page. Section numbers (壹、 一、 （一） 1. （1）) come from nesting depth through
 * {@link tw.mainstream.shared.text.OutlineNumbering}; dates in document text come from
 * {@link tw.mainstream.document.RocText}. Tabular exports (CSV, ODS, XLSX) go through
 * {@link tw.mainstream.shared.sheet.SpreadsheetFiles}. The renderers in the {@code render}
 * sub-package are internal.
 */
package tw.mainstream.document;
