package tw.mainstream.shared.web;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.RollbackException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.limits.InputLimitException;

/**
 * Errors of the JSON API as RFC 9457 problem details, in the caller's language. Framework errors
 * (malformed JSON, wrong method …) come from the base class; our domain errors from here.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    public ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.getStatus()),
                messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(), locale));
        problem.setProperty("code", e.getMessageKey());
        if (e instanceof InputLimitException limit) {
            problem.setProperty("errors", List.of(new FieldProblem(limit.getField(), problem.getDetail())));
        }
        return problem;
    }

    /** A rule checked while the transaction flushed (e.g. a stored field's limit) arrives wrapped. */
    @ExceptionHandler({TransactionSystemException.class, RollbackException.class, JpaSystemException.class})
    ProblemDetail wrapped(Exception e, Locale locale) throws Exception {
        return domain(DomainCauses.unwrap(e), locale);
    }

    /** A stale version, or a row another request holds locked past the timeout: someone else's edit wins. */
    @ExceptionHandler({ConcurrencyFailureException.class, OptimisticLockException.class, PessimisticLockException.class,
            LockTimeoutException.class})
    ProblemDetail conflict(Exception e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("error.conflict", null, locale));
    }

    /** Two requests raced past the service's own checks (e.g. the same new username): the database refused one. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("error.integrity", null, locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.badParameter", new Object[] {e.getName()}, locale));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("error.validation", null, locale));
        List<FieldProblem> fields = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), messages.getMessage(f, locale))).toList();
        problem.setProperty("errors", fields);
        return ResponseEntity.status(status).body(problem);
    }

    /** One invalid field of a request body. */
    public record FieldProblem(String field, String message) {
        static FieldProblem of(FieldError f, String message) {
            return new FieldProblem(f.getField(), message);
        }
    }
}
