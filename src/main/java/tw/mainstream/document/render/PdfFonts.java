package tw.mainstream.document.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The embedded Noto Sans TC TrueType fonts (regular 400, bold 700) from the classpath. Parsing
 * a 7 MB CJK font takes longer than laying out 20 pages, so parsed fonts are kept in a small
 * pool and lent to one render at a time (a parsed font reads its glyphs through a shared
 * cursor and is not thread-safe). No system font is used.
 */
final class PdfFonts {

    static final String FAMILY = "Noto Sans TC";

    private static final byte[] REGULAR = read("/fonts/NotoSansTC-Regular.ttf");
    private static final byte[] BOLD = read("/fonts/NotoSansTC-Bold.ttf");
    private static final int MAX_SETS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final BlockingQueue<Faces> IDLE = new LinkedBlockingQueue<>();
    private static final AtomicInteger CREATED = new AtomicInteger();

    /** One parsed regular and bold face. */
    record Faces(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private PdfFonts() {
    }

    /** Takes a parsed font set, parsing a new one while fewer than the pool size exist. */
    static Faces borrow() {
        Faces faces = IDLE.poll();
        if (faces != null) {
            return faces;
        }
        if (CREATED.incrementAndGet() <= MAX_SETS) {
            return new Faces(parse(REGULAR), parse(BOLD));
        }
        CREATED.decrementAndGet();
        try {
            return IDLE.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a PDF font", e);
        }
    }

    static void giveBack(Faces faces) {
        IDLE.offer(faces);
    }

    /** Adds the faces to a render into {@code pdf}; only the glyphs used are embedded. */
    static void register(PdfRendererBuilder builder, PDDocument pdf, Faces faces) throws IOException {
        builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, faces.regular(), true)),
                FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, faces.bold(), true)),
                FAMILY, 700, FontStyle.NORMAL, true);
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
            // PDFBox would run Latin ligature substitution (GSUB) through regular expressions on
            // every string drawn; Chinese text needs no substitution and it is the slowest step
            parsed.setEnableGsub(false);
            IdeographFirstCmap.install(parsed);
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the embedded PDF font", e);
        }
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
