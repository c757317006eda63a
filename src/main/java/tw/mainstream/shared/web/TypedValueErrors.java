package tw.mainstream.shared.web;

import java.util.Arrays;
import org.springframework.beans.PropertyAccessException;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form field that cannot read what was typed (a date, a time, a number) reports it beside the field
 * (fragments/fields) naming the value: its message ({@code typeMismatch.java.time.LocalDate} …) gets
 * the field as {0} and the typed value as {1}. Spring's own processor passes the field only.
 */
@ControllerAdvice
class TypedValueErrors extends DefaultBindingErrorProcessor {

    @InitBinder
    void nameTypedValues(WebDataBinder binder) {
        binder.setBindingErrorProcessor(this);
    }

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
        String field = ex.getPropertyName();
        if (field == null) {
            super.processPropertyAccessException(ex, result);
            return;
        }
        Object typed = ex.getValue();
        if (ObjectUtils.isArray(typed)) {
            typed = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(typed));
        }
        Object[] forField = getArgumentsForBindError(result.getObjectName(), field);
        Object[] args = Arrays.copyOf(forField, forField.length + 1);
        args[forField.length] = typed == null ? "" : typed.toString();
        result.addError(new FieldError(result.getObjectName(), field, typed, true,
                result.resolveMessageCodes(ex.getErrorCode(), field), args, ex.getLocalizedMessage()));
    }
}
