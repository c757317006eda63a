package tw.mainstream.committee.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import tw.mainstream.committee.domain.FieldException;

/** Saves a bound form, or puts a service's field error beside the field of the form being shown again. */
final class Forms {
    private Forms() {
    }

    /**
     * Runs the save unless binding already failed, and answers what it saved; empty when the form is to be
     * shown again: a binding error, or the service's refusal of a field (put beside that field).
     */
    static <T> Optional<T> save(BindingResult result, Supplier<T> save) {
        if (result.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (FieldException e) {
            reject(e, result);
            return Optional.empty();
        }
    }

    static void reject(FieldException e, BindingResult result) {
        if (result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), e.getField()) != null) {
            result.rejectValue(e.getField(), e.getMessageKey(), e.getArgs(), e.getMessageKey());
        } else {
            result.reject(e.getMessageKey(), e.getArgs(), e.getMessageKey());
        }
    }

    static Integer required(Integer value, String field) {
        if (value == null) {
            throw new FieldException(field, "committee.error.required");
        }
        return value;
    }
}
