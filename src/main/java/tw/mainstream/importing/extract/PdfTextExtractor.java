package tw.mainstream.importing.extract;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Text layer of a PDF, in reading order, without page numbers and repeated page headers or footers, with the
 * lines wrapped by the page width joined again. Scanned PDFs without a text layer are refused.
 */
final class PdfTextExtractor {
    private PdfTextExtractor() {
    }

    static String extract(byte[] bytes) throws ExtractionException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PdfLines stripper = new PdfLines();
            stripper.getText(document);
            String text = PdfLayout.text(stripper.lines());
            if (text.strip().isEmpty()) {
                throw new ExtractionException("PDF 沒有文字層（可能是掃描檔），請先以文字辨識（OCR）轉成文字再匯入");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("PDF 有密碼保護，請先移除密碼再匯入", e);
        } catch (IOException e) {
            throw new ExtractionException("PDF 檔案已損毀或格式錯誤，無法讀取", e);
        }
    }
}
