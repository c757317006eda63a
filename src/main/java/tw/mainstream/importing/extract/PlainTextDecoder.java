package tw.mainstream.importing.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes plain text files: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise Big5 as Windows
 * code page 950 (the superset Taiwanese Windows writes).
 */
public final class PlainTextDecoder {
    private static final Charset BIG5 = Charset.forName("x-windows-950");
    /** Share of undecodable characters above which a file is not Big5 text either. */
    private static final double MAX_REPLACED = 0.02;

    private PlainTextDecoder() {
    }

    public static String decode(byte[] bytes) throws ExtractionException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2);
        }
        if (looksBinary(bytes)) {
            throw new ExtractionException("檔案不是文字檔，無法讀取內容");
        }
        try {
            return decodeStrict(StandardCharsets.UTF_8, bytes, 0);
        } catch (CharacterCodingException notUtf8) {
            return big5(bytes);
        }
    }

    private static String big5(byte[] bytes) throws ExtractionException {
        String text;
        try {
            text = BIG5.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith("\uFFFD")
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExtractionException("無法辨識文字檔的編碼（支援 UTF-8 與 Big5）", e);
        }
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > Math.max(1, text.length() * MAX_REPLACED)) {
            throw new ExtractionException("無法辨識文字檔的編碼（支援 UTF-8 與 Big5）");
        }
        return text;
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws ExtractionException {
        try {
            return decodeStrict(charset, bytes, offset);
        } catch (CharacterCodingException e) {
            throw new ExtractionException("文字檔編碼錯誤（" + charset.name() + "），無法讀取內容", e);
        }
    }

    private static String decodeStrict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return bytes.length > 0 && control > bytes.length / 20;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
