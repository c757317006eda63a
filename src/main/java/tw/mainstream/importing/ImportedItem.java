package tw.mainstream.importing;

import java.util.List;

/**
 * One agenda item of imported minutes.
 *
 * @param label         the number as printed (一、, 報告案 1、, 臨時動議二、), or null
 * @param reportingUnit unit named as reporting (「(報告單位：移民資訊組)」), or null
 * @param tableHeader   header cells of a table printed under the item (follow-up tables), empty if none
 * @param tableRows     data rows of that table, each a list of cells
 */
public record ImportedItem(ItemKind kind, String label, String title, String reportingUnit, String explanation,
                           List<Remark> remarks, List<ImportedResolution> resolutions,
                           List<String> tableHeader, List<List<String>> tableRows) {
    public ImportedItem {
        remarks = List.copyOf(remarks);
        resolutions = List.copyOf(resolutions);
        tableHeader = List.copyOf(tableHeader);
        tableRows = tableRows.stream().map(List::copyOf).toList();
    }
}
