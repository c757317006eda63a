package tw.mainstream.meeting.domain;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tw.mainstream.meeting.MinutesView;
import tw.mainstream.shared.i18n.MessageSourceConfig;

/** The minutes as a standalone, accessible HTML document (download, and the record of a confirmed revision). */
@Component
public class MinutesHtml {

    private final ITemplateEngine templates;

    MinutesHtml(ITemplateEngine templates) {
        this.templates = templates;
    }

    public String render(MinutesView minutes) {
        Context context = new Context(MessageSourceConfig.DEFAULT_LOCALE);
        context.setVariable("minutes", minutes);
        return templates.process("meeting/minutes-document", context);
    }
}
