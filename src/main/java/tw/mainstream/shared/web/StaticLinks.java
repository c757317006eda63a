package tw.mainstream.shared.web;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Writes the templates' links to style sheets, scripts and WebJars with a content hash
 * ({@code /css/app-3f2a….css}) so that they can be cached for a year; other links are left alone
 * (Boot's ResourceUrlEncodingFilter would look every link of a page up on the class path).
 */
class StaticLinks extends StandardLinkBuilder {

    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/");

    private final ObjectProvider<ResourceUrlProvider> urls;

    StaticLinks(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    @Override
    protected String processLink(IExpressionContext context, String link) {
        String contextPath = contextPath(context);
        String path = link.startsWith(contextPath) ? link.substring(contextPath.length()) : link;
        if (STATIC.stream().anyMatch(path::startsWith)) {
            String versioned = urls.getObject().getForLookupPath(path);
            if (versioned != null) {
                return contextPath + versioned;
            }
        }
        return super.processLink(context, link);
    }

    private String contextPath(IExpressionContext context) {
        String path = computeContextPath(context, "/", Map.of());
        return path == null || path.equals("/") ? "" : path;
    }

    /** Puts this link builder into the template engine Boot configures. */
    static BeanPostProcessor installer(ObjectProvider<ResourceUrlProvider> urls) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setLinkBuilder(new StaticLinks(urls));
                }
                return bean;
            }
        };
    }
}
