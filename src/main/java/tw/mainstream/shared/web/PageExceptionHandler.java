package tw.mainstream.shared.web;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tw.mainstream.shared.domain.DomainException;

/** Domain errors on pages: a readable page in the user's language with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class PageExceptionHandler {

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(e.getStatus());
        model.addAttribute("status", e.getStatus());
        model.addAttribute("messageKey", e.getMessageKey());
        model.addAttribute("messageArgs", e.getArgs());
        return "error/problem";
    }

    @ExceptionHandler({ConcurrencyFailureException.class, OptimisticLockException.class, PessimisticLockException.class,
            LockTimeoutException.class})
    String conflict(Model model, HttpServletResponse response) {
        return domain(new DomainException("error.conflict", 409), model, response);
    }

    /** A rule checked while the transaction flushed (e.g. a stored field's limit) arrives wrapped. */
    @ExceptionHandler({TransactionSystemException.class, RollbackException.class, JpaSystemException.class})
    String wrapped(Exception e, Model model, HttpServletResponse response) throws Exception {
        return domain(DomainCauses.unwrap(e), model, response);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String integrity(Model model, HttpServletResponse response) {
        return domain(new DomainException("error.integrity", 409), model, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return domain(new DomainException("error.badParameter", 400, e.getName()), model, response);
    }
}
