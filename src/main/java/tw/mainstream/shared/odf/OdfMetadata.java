package tw.mainstream.shared.odf;

import java.time.Instant;

import org.odftoolkit.odfdom.doc.OdfDocument;
import org.odftoolkit.odfdom.incubator.meta.OdfOfficeMeta;

/**
 * The meta.xml of a generated ODF file: Mainstream as generator, the title and language zh-TW, in
 * place of what odfdom's empty template carries (generator StarOffice 8, creator "hanbiao", an
 * Apache licence note as a user-defined field, editing cycles). odfdom's update on saving is turned
 * off, since it writes StarOffice 8 as generator again.
 */
public final class OdfMetadata {

    public static final String GENERATOR = "Mainstream";
    private static final String TEMPLATE_LICENSE_FIELD = "License";

    private OdfMetadata() {
    }

    public static void describe(OdfDocument document, String title) throws Exception {
        OdfOfficeMeta meta = document.getOfficeMetadata();
        meta.setAutomaticUpdate(false);
        Instant now = Instant.now();
        meta.setCreationInstant(now);
        meta.setInstant(now);
        meta.setGenerator(GENERATOR);
        meta.setCreator(null);
        meta.setEditingCycles(null);
        meta.setEditingDuration(null);
        meta.removeUserDefinedDataByName(TEMPLATE_LICENSE_FIELD);
        meta.setTitle(title);
        meta.setLanguage("zh-TW");
    }
}
