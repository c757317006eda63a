package tw.mainstream.committee.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import tw.mainstream.committee.domain.FieldException;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.time.RocDates;

/** Shared by the committee's API controllers: field errors as problem details naming the field, dates in ISO or ROC. */
abstract class CommitteeApiSupport {
    protected final MessageSource messages;

    CommitteeApiSupport(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FieldException.class)
    ProblemDetail fieldProblem(FieldException e, Locale locale) {
        String text = messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text);
        problem.setProperty("code", e.getMessageKey());
        problem.setProperty("errors", List.of(Map.of("field", e.getField(), "message", text)));
        return problem;
    }

    static long requireVersion(Long version) {
        if (version == null) {
            throw new FieldException("version", "committee.error.versionRequired");
        }
        return version;
    }

    /** {@code 2022-07-25}, {@code 111/7/25} …; empty means {@code fallback}. */
    static LocalDate date(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return RocDates.parse(text).orElseThrow(() -> new DomainException("error.date", 400));
    }
}
