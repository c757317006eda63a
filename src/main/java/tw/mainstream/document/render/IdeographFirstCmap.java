package tw.mainstream.document.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A font character map that, when one glyph serves several code points, names the unified
 * ideograph first. CJK fonts map 一 (U+4E00) and the Kangxi radical ⼀ (U+2F00) to one glyph;
 * PDFBox writes the lowest code point into the PDF's ToUnicode map, so copied or extracted text
 * (and screen readers) would get radicals instead of the real characters.
 */
final class IdeographFirstCmap extends CmapSubtable {

    private static final Comparator<Integer> IDEOGRAPHS_FIRST =
            Comparator.comparing(IdeographFirstCmap::isVariantForm).thenComparing(Comparator.naturalOrder());

    private final CmapSubtable delegate;

    private IdeographFirstCmap(CmapSubtable delegate) {
        this.delegate = delegate;
        setPlatformId(delegate.getPlatformId());
        setPlatformEncodingId(delegate.getPlatformEncodingId());
    }

    /** Replaces every subtable of the font's character map; call before the font is used. */
    static void install(TrueTypeFont font) throws java.io.IOException {
        CmapTable table = font.getCmap();
        CmapSubtable[] subtables = table.getCmaps();
        CmapSubtable[] wrapped = new CmapSubtable[subtables.length];
        for (int i = 0; i < subtables.length; i++) {
            wrapped[i] = new IdeographFirstCmap(subtables[i]);
        }
        table.setCmaps(wrapped);
    }

    @Override
    public int getGlyphId(int characterCode) {
        return delegate.getGlyphId(characterCode);
    }

    @Override
    public List<Integer> getCharCodes(int glyphId) {
        List<Integer> codes = delegate.getCharCodes(glyphId);
        if (codes == null || codes.size() < 2) {
            return codes;
        }
        List<Integer> sorted = new ArrayList<>(codes);
        sorted.sort(IDEOGRAPHS_FIRST);
        return sorted;
    }

    /** CJK radicals (supplement and Kangxi) and compatibility ideographs. */
    static boolean isVariantForm(int codePoint) {
        return (codePoint >= 0x2E80 && codePoint <= 0x2FDF) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0x2F800 && codePoint <= 0x2FA1F);
    }
}
