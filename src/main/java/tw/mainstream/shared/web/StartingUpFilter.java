package tw.mainstream.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the application is ready (start-up work such as loading the demo has finished), every
 * request but the health endpoints gets 503 with Retry-After and a message, instead of pages
 * served from half-loaded data (a sign-in before the demo accounts exist would be refused).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingUpFilter extends OncePerRequestFilter {
    private final MessageSource messages;
    private volatile boolean ready;

    StartingUpFilter(MessageSource messages) {
        this.messages = messages;
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        ready = event.getState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.TRADITIONAL_CHINESE : request.getLocale();
        String message = messages.getMessage("error.startingUp", null, locale);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/plain");
        response.getWriter().write(message + "\n");
    }
}
