package tw.mainstream.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags for the public section, the public API and the OpenAPI document: these answers may be
 * kept by the browser and revalidated ({@code no-cache}: a 304 without the body when unchanged),
 * while every other page keeps Spring Security's {@code no-store}.
 */
class PublicEtags extends ShallowEtagHeaderFilter {

    static final String[] PATTERNS = {"/public", "/public/*", "/api/v1/public/*", "/v3/api-docs"};

    /** Weak ETags: Tomcat does not compress an answer with a strong one. */
    PublicEtags() {
        setWriteWeakETag(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
        super.doFilterInternal(request, response, chain);
    }
}
