package tw.mainstream.document.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The embedded Noto Sans TC TrueType fonts, read from the classpath once per JVM, and the
 * font-metrics cache shared by all PDF renders (parsing a 7 MB CJK font is the slow part).
 * No system font is used.
 */
final class PdfFonts {

    static final String FAMILY = "Noto Sans TC";

    private static final byte[] REGULAR = read("/fonts/NotoSansTC-Regular.ttf");
    private static final byte[] BOLD = read("/fonts/NotoSansTC-Bold.ttf");
    private static final FSDefaultCacheStore METRICS = new FSDefaultCacheStore();

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
    }

    private static byte[] read(String path) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
