package tw.mainstream.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit (spring.servlet.multipart, 20 MB) is refused while it streams in,
 * before any of it is kept: the API answers a 413 problem detail, pages a readable 413 page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private final MessageSource messages;

    UploadLimitHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String detail = messages.getMessage("statistics.upload.tooLarge", null, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            problem.setProperty("code", "statistics.upload.tooLarge");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", 413);
        page.addObject("messageKey", "statistics.upload.tooLarge");
        page.addObject("messageArgs", new Object[0]);
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }
}
