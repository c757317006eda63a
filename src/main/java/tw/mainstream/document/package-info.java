/**
 * Document engine for official government documents: a format-neutral tree (title lines, header
 * fields, sections numbered 壹、 一、 （一） 1. （1） by depth, points numbered at a level, remarks,
 * tables with widths fitted to their content, pictures) rendered to ODT, DOCX, PDF and accessible
 * HTML. It knows nothing of meetings or tracking: other modules build an
 * {@link tw.mainstream.document.OfficialDocument} and call
 * {@link tw.mainstream.document.DocumentRenderer#render}, or
 * {@link tw.mainstream.document.DocumentRenderer#htmlFragment} to embed it in a page. Numbers come
 * from {@link tw.mainstream.shared.text.OutlineNumbering}; dates in document text from
 * {@link tw.mainstream.shared.time.RocDates}. Tabular exports (CSV, ODS, XLSX) go through
 * {@link tw.mainstream.shared.sheet.SpreadsheetFiles}. The renderers in {@code render} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
        allowedDependencies = {"shared", "shared :: *"})
package tw.mainstream.document;
