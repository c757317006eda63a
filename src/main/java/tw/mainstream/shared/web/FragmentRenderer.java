package tw.mainstream.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders one fragment of a page template to a string, with the same messages, beans ({@code @roc})
 * and links as the page itself. Pages whose large tables are read far more often than they change
 * cache this string next to their read model and insert it with {@code th:utext}.
 *
 * <p>Only fragments whose output is the same for every reader of the cached read model may be
 * cached this way: no CSRF tokens, no user names, no per-user links (session ids never appear
 * in links: the session is tracked by cookie only).
 */
@Component
public class FragmentRenderer {

    private final ISpringTemplateEngine engine;
    private final ApplicationContext context;
    private final ObjectProvider<ConversionService> conversions;

    FragmentRenderer(ISpringTemplateEngine engine, ApplicationContext context,
                     @Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversions) {
        this.engine = engine;
        this.context = context;
        this.conversions = conversions;
    }

    /** The fragment {@code fragment} of {@code template} (e.g. "tracking/dashboard-board" :: "board"). */
    public String render(String template, String fragment, Map<String, ?> variables, Locale locale,
                         HttpServletRequest request, HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        Map<String, Object> vars = new HashMap<>(variables);
        vars.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions.getIfAvailable()));
        return engine.process(template, Set.of(fragment), new WebContext(exchange, locale, vars));
    }
}
