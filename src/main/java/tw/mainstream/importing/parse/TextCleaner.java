package tw.mainstream.importing.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises extracted text into lines: unified line breaks and spaces, no navigation text of a web page
 * the minutes were copied from (breadcrumbs, 回上一頁, 友善列印, 瀏覽人次 …).
 */
public final class TextCleaner {
    private static final Pattern NAVIGATION = Pattern.compile(String.join("|",
            "^:::$",
            "^跳(到|至)(主要)?內容",
            "^(首頁|回首頁|Home)\\s*[>＞›»/]",
            "[>＞›»]\\s*(會議紀錄|會議記錄|性別主流化專區)\\s*$",
            "^(回上一頁|回上頁|上一頁|回頁首|回首頁|回到頂端|回最上方|友善列印|列印|列印本頁|分享|轉寄|TOP|Top|top|關閉|返回|回列表|回清單)$",
            "^字(級|型大小)(設定)?[:：]?",
            "^(分享(到|至)|加入書籤)",
            "(瀏覽|點閱|到訪|參訪)(人次|次數)",
            "^(發布|發佈|更新|上稿|公告|上架|修改|最後更新)(日期|時間)\\s*[:：]",
            "^(發布|發佈)(單位|機關)\\s*[:：]",
            "^(上一則|下一則|上一篇|下一篇)",
            "^(?i:facebook|line|twitter|plurk|email|e-mail|rss|print)$",
            "^(網站導覽|隱私權(保護)?政策|政府網站資料開放宣告|資訊安全政策|無障礙|相關連結|常見問答)",
            "^(總機|傳真|服務時間|機關地址)\\s*[:：]",
            "^(Copyright|版權所有|©)",
            "^(您|你)(目前)?(的)?(所在)?位置\\s*[:：]",
            "^(?i:jump to (the )?main content)",
            "^跳(到|至)主要內容區",
            "^列印(時間|日期)\\s*[:：]",
            "^(瀏覽數|點閱數|點閱|瀏覽人次|人氣)\\s*[:：]?",
            "^(沒有留言|張貼留言|發表留言|留言列表|全站熱搜)",
            "^(?i:toggle navigation)$",
            "^(小字型|中字型|大字型|字級)$",
            "^(上一則公告|下一則公告)"));
    /** Markup a copied web page may still carry: <br />, <p>, &nbsp; */
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<(?:br|/p|/div|/li|/tr|/h[1-6])\\b[^<>]{0,100}>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\\s[^<>]{0,300})?/?>");
    /** A blog's "read more" cut left in the text: [@more@], <!--more--> */
    private static final Pattern MORE_MARK = Pattern.compile("\\[@more@\\]|<!--\\s*more\\s*-->");
    private static final Pattern BULLETS = Pattern.compile("^(?:(?:[-–—]\\s+)|(?:#{1,6}\\s+)|(?:[•●○◎■□◆◇▪➤►▶\uF0D8\uF06C\uF0B7*]\\s*))+");

    private TextCleaner() {
    }

    /** A line after cleaning: its text without bullets, and whether it had one. */
    public record CleanLine(String text, boolean bulleted) {
    }

    public static List<CleanLine> clean(String text) {
        String normalised = markupRemoved(MORE_MARK.matcher(text).replaceAll(""))
                .replace("\uFEFF", "")
                .replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
                .replace('\u3000', ' ').replace('\u00A0', ' ')
                // small form variants (﹑﹐﹔﹕) as some pages print the enumeration comma and the colon
                .replace('\uFE51', '、').replace('\uFE50', '，').replace('\uFE54', '；').replace('\uFE55', '：')
                .replaceAll("[\\u200B-\\u200D\\u2060]", "");
        List<CleanLine> lines = new ArrayList<>();
        for (String raw : normalised.split("\n", -1)) {
            String line = LetterSpacing.collapse(raw.replaceAll("[ \\x0B]+", " ").strip());
            var bullet = BULLETS.matcher(line);
            boolean bulleted = false;
            if (bullet.find() && bullet.end() > 0) {
                line = line.substring(bullet.end()).strip();
                bulleted = true;
            }
            if (isNavigation(line)) {
                continue;
            }
            lines.add(new CleanLine(line, bulleted));
        }
        return lines;
    }

    /** Text without HTML tags and the common entities; line-breaking tags become line breaks. */
    static String markupRemoved(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        String s = LINE_BREAK_TAG.matcher(text).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    static boolean isNavigation(String line) {
        return !line.isEmpty() && line.length() < 80 && NAVIGATION.matcher(line).find();
    }
}
