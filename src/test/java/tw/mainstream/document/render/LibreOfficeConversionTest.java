package tw.mainstream.document.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.mainstream.document.MinutesFixtures;

/**
 * Opens the ODT and DOCX files in LibreOffice (headless conversion to PDF), the closest check of
 * validity available here. Requires {@code soffice} (Debian libreoffice-writer-nogui) and fails,
 * never skips, when it is missing.
 */
class LibreOfficeConversionTest {

    @TempDir
    Path dir;

    @Test
    void odtAndDocxConvertToPdfWithoutError() throws Exception {
        Path soffice = findSoffice();
        Files.write(dir.resolve("nia.odt"), new OdtRenderer().render(MinutesFixtures.nia()));
        Files.write(dir.resolve("nia.docx"), new DocxRenderer().render(MinutesFixtures.nia()));
        Files.write(dir.resolve("taipei.odt"), new OdtRenderer().render(MinutesFixtures.taipeiFollowUp()));
        Files.write(dir.resolve("taipei.docx"), new DocxRenderer().render(MinutesFixtures.taipeiFollowUp()));
        Files.write(dir.resolve("pictures.odt"), new OdtRenderer().render(ImageRenderingTest.pictures()));
        Files.write(dir.resolve("pictures.docx"), new DocxRenderer().render(ImageRenderingTest.pictures()));
        Path out = Files.createDirectories(dir.resolve("pdf"));
        Map<String, String> expected = Map.of("nia", "內政部移民署", "taipei", "是否解列", "pictures", "宣導活動照片如下");
        List<String> inputs = List.of("nia.odt", "nia.docx", "taipei.odt", "taipei.docx", "pictures.odt", "pictures.docx");

        for (String input : inputs) {
            Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--convert-to", "pdf", "--outdir", out.toString(), dir.resolve(input).toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(240, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("LibreOffice did not convert " + input + " within 240 s");
            }
            String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("soffice exit code, log: %s", log).isZero();
            assertThat(log).as("soffice log").doesNotContainIgnoringCase("error");
            String name = input.substring(0, input.indexOf('.'));
            Path pdf = out.resolve(name + ".pdf");
            assertThat(pdf).as("PDF of %s", input).exists();
            assertThat(Files.size(pdf)).isGreaterThan(1000);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                assertThat(text).as("text of %s", input).contains(expected.get(name));
                if (!name.equals("nia")) {
                    assertThat(imageAspectRatios(document)).as("pictures in the PDF of %s", input)
                            .isEqualTo(name.equals("taipei") ? Set.of("1.8") : Set.of("4.0", "0.2"));
                }
            }
            Files.delete(pdf);
        }
    }

    /**
     * The aspect ratios of the pictures on the pages, as LibreOffice may store one picture twice
     * and resamples large ones to 300 dpi.
     */
    private static Set<String> imageAspectRatios(PDDocument document) throws Exception {
        Set<String> sizes = new HashSet<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    PDImageXObject image = (PDImageXObject) resources.getXObject(name);
                    sizes.add(String.format(Locale.ROOT, "%.1f", (double) image.getWidth() / image.getHeight()));
                }
            }
        }
        return sizes;
    }

    private static Path findSoffice() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dirName, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Path debian = Path.of("/usr/lib/libreoffice/program/soffice");
        if (Files.isExecutable(debian)) {
            return debian;
        }
        return fail("soffice not found: install LibreOffice (apt-get install libreoffice-writer-nogui fonts-noto-cjk)");
    }
}
