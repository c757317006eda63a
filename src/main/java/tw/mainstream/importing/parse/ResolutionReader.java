package tw.mainstream.importing.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.mainstream.importing.ImportedResolution;
import tw.mainstream.importing.ResolutionOutcome;

/** Reads what a resolution decides (洽悉, 照案通過 …) and which unit it asks to act. */
final class ResolutionReader {
    private static final Pattern CLOSED = Pattern.compile("解除列管|解列|同意解除|免予列管|免列管");
    private static final Pattern CONTINUED = Pattern.compile("(?:繼續|賡續|持續|續予|仍)列管|續管");
    private static final Pattern AMENDED = Pattern.compile("修正(?:後)?通過");
    private static final Pattern ADOPTED = Pattern.compile("照案通過|原則通過|^通過");
    private static final Pattern NOTED = Pattern.compile("洽悉|准予備查|同意備查|准予核備|^備查");

    private static final Pattern REQUEST = Pattern.compile("(?:請|交由|改由|(?:^|[，,。；])由(?!於))");
    private static final Pattern UNIT_SUFFIX = Pattern.compile(
            "(?:辦公室|委員會|中心|大隊|學校|組|室|處|科|股|局|署|司|隊|館|所|部|院|府)$");
    private static final Pattern NOT_A_UNIT_START = Pattern.compile("^(?:各|相關|本|貴|該|全|所有|業管|權責|主辦|於|依|就|將|在|再|儘|即|予|針對|參考|會後|下次)");
    private static final Pattern NOT_IN_UNIT = Pattern.compile("[於依就將參與及和、，。；：:「」()（）\\s]");
    private static final Pattern JOINED = Pattern.compile("^(?:與|及|和|、|暨|會同|協同|偕同)");
    private static final int MAX_UNIT = 14;

    private ResolutionReader() {
    }

    static ImportedResolution read(String label, String text) {
        Units units = units(text);
        return new ImportedResolution(label, text, outcome(text), units.lead(), units.supporting());
    }

    /**
     * The outcome stated. A tracking decision (解除列管, 繼續列管) outweighs 洽悉 said with it; when both
     * tracking decisions are stated (第 1 案解除列管，第 2 案繼續列管) there is no single outcome.
     */
    static ResolutionOutcome outcome(String text) {
        boolean closed = CLOSED.matcher(text).find();
        boolean continued = CONTINUED.matcher(text).find();
        if (closed || continued) {
            return closed && continued ? null : closed ? ResolutionOutcome.CLOSED : ResolutionOutcome.CONTINUED;
        }
        if (AMENDED.matcher(text).find()) {
            return ResolutionOutcome.AMENDED;
        }
        if (ADOPTED.matcher(text).find()) {
            return ResolutionOutcome.ADOPTED;
        }
        return NOTED.matcher(text).find() ? ResolutionOutcome.NOTED : null;
    }

    /** Whether the text states several tracking decisions, so it has no single outcome. */
    static boolean ambiguous(String text) {
        return CLOSED.matcher(text).find() && CONTINUED.matcher(text).find();
    }

    record Units(String lead, List<String> supporting) {
    }

    static Units units(String text) {
        Matcher request = REQUEST.matcher(text);
        while (request.find()) {
            String rest = text.substring(request.end());
            String lead = unitAt(rest);
            if (lead != null) {
                List<String> supporting = new ArrayList<>();
                String after = rest.substring(lead.length());
                Matcher joined;
                while ((joined = JOINED.matcher(after)).find()) {
                    String next = unitAt(after.substring(joined.end()));
                    if (next == null) {
                        break;
                    }
                    supporting.add(next);
                    after = after.substring(joined.end() + next.length());
                }
                return new Units(lead, supporting);
            }
        }
        return new Units(null, List.of());
    }

    /** The shortest unit name the text starts with: 移民資訊組參考… → 移民資訊組. */
    private static String unitAt(String text) {
        if (NOT_A_UNIT_START.matcher(text).find()) {
            return null;
        }
        for (int end = 2; end <= Math.min(MAX_UNIT, text.length()); end++) {
            String candidate = text.substring(0, end);
            // 及 may be part of a unit name (國際及執法事務組); other joining words end the name
            if (NOT_IN_UNIT.matcher(candidate.replace("及", "")).find()) {
                return null;
            }
            if (UNIT_SUFFIX.matcher(candidate).find()) {
                return candidate;
            }
        }
        return null;
    }
}
