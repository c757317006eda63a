package tw.mainstream.importing;

import java.util.List;

/**
 * A resolution as printed.
 *
 * @param label           the printed label: 決議, 決定, 主席裁示, 主席結論 …
 * @param outcome         what the text states (洽悉 → NOTED …), or null
 * @param leadUnit        the unit the text asks to act (「請移民資訊組…」 → 移民資訊組), or null
 * @param supportingUnits further units named with the lead unit (「請人事室與綜企組…」 → 綜企組)
 */
public record ImportedResolution(String label, String text, ResolutionOutcome outcome, String leadUnit,
                                 List<String> supportingUnits) {
    public ImportedResolution {
        supportingUnits = List.copyOf(supportingUnits);
    }
}
