package tw.mainstream.importing.parse;

/** Maps full-width digits and letters (１２３, ＡＢ) to ASCII, keeping the length of the text. */
final class FullWidth {
    private FullWidth() {
    }

    static String digits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && Character.isLetterOrDigit(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) (c - 0xFEE0));
            }
        }
        return sb == null ? s : sb.toString();
    }
}
