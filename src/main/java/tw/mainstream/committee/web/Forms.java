package tw.mainstream.committee.web;

import org.springframework.validation.BindingResult;
import tw.mainstream.committee.domain.FieldException;

/** Puts a service's field error beside the field of the form being shown again. */
final class Forms {
    private Forms() {
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
