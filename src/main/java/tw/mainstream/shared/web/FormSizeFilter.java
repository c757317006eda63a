package tw.mainstream.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A form or JSON body over the server's form limit (server.tomcat.max-http-form-post-size, 2 MB)
 * is refused with 413 and a message before anything reads its parameters, so the container's
 * "post too large" failure never reaches the filters (no stack traces in the log). A body with a
 * declared length is judged by it; one sent in chunks (no length) is read here up to the limit and,
 * when it fits, served again from memory. Runs after the character-encoding filter, so that forms
 * are still decoded as UTF-8. Multipart uploads have their own limit (spring.servlet.multipart).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class FormSizeFilter extends OncePerRequestFilter {
    private final long limit;
    private final MessageSource messages;

    // Spring Boot's own Tomcat setting, from Boot's TomcatServerProperties; its bean exists only where the
    // embedded Tomcat is configured (not in every test context), else Boot's default (2 MB) applies
    FormSizeFilter(ObjectProvider<TomcatServerProperties> tomcat, MessageSource messages) {
        this.limit = tomcat.getIfAvailable(TomcatServerProperties::new).getMaxHttpFormPostSize().toBytes();
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isType(request, "application/x-www-form-urlencoded");
        if (limit < 0 || !(form || isType(request, "application/json") || isType(request, "application/problem+json"))) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                refuse(request, response);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body, form), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isType(HttpServletRequest request, String type) {
        String declared = request.getContentType();
        return declared != null && declared.toLowerCase(Locale.ROOT).startsWith(type);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale() == null ? Locale.TRADITIONAL_CHINESE : request.getLocale();
        String message = messages.getMessage("error.formTooLarge", null, locale);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"status\":413,\"title\":\"Content Too Large\",\"code\":\"error.formTooLarge\","
                    + "\"detail\":\"" + message.replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                    + "<title>413</title></head><body><main><p role=\"alert\">" + HtmlUtils.htmlEscape(message)
                    + "</p></main></body></html>");
        }
    }
}
