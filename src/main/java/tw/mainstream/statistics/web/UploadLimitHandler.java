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
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit (spring.servlet.multipart, 20 MB) is refused while it streams in,
 * before any of it is kept: the API answers a 413 problem detail, pages a readable 413 page. A
 * request to an upload that is not multipart at all answers 400 the same way.
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
        return problem(HttpStatus.CONTENT_TOO_LARGE, "statistics.upload.tooLarge", request, response, locale);
    }

    /** A form sent without its file part (not multipart) to an upload: 400, not a failure. */
    @ExceptionHandler(MultipartException.class)
    Object notMultipart(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "statistics.upload.notMultipart", request, response, locale);
    }

    private Object problem(HttpStatus status, String key, HttpServletRequest request, HttpServletResponse response,
                           Locale locale) {
        String detail = messages.getMessage(key, null, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setProperty("code", key);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", status.value());
        page.addObject("messageKey", key);
        page.addObject("messageArgs", new Object[0]);
        page.setStatus(status);
        return page;
    }
}
