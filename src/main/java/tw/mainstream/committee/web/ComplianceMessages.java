package tw.mainstream.committee.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.ComplianceFinding;
import tw.mainstream.committee.ComplianceReport;
import tw.mainstream.committee.web.ApiModels.ComplianceJson;
import tw.mainstream.committee.web.ApiModels.FindingJson;

/** Renders compliance findings in the reader's language; templates call it as {@code @complianceMessages}. */
@Component("complianceMessages")
public class ComplianceMessages {
    private final MessageSource messages;

    ComplianceMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(ComplianceFinding f) {
        return text(f, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    String text(ComplianceFinding f, Locale locale) {
        return messages.getMessage(f.messageKey(), f.argArray(), f.messageKey(), locale);
    }

    ComplianceJson json(ComplianceReport r, Locale locale) {
        return new ComplianceJson(r.taskForceId(), r.date(), r.passed(), r.findings().stream()
                .map(f -> new FindingJson(f.rule().name(), f.level().name(), f.passed(), f.numbers(), f.messageKey(),
                        text(f, locale)))
                .toList());
    }
}
