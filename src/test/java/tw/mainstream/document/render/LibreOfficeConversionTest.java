package tw.mainstream.document.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
        Path out = Files.createDirectories(dir.resolve("pdf"));
        List<String> inputs = List.of("nia.odt", "nia.docx", "taipei.odt", "taipei.docx");

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
            Path pdf = out.resolve(input.substring(0, input.indexOf('.')) + ".pdf");
            assertThat(pdf).as("PDF of %s", input).exists();
            assertThat(Files.size(pdf)).isGreaterThan(1000);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                assertThat(text).as("text of %s", input).contains(input.startsWith("nia") ? "內政部移民署" : "是否解列");
            }
            Files.delete(pdf);
        }
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
