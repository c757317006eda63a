package tw.mainstream.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import tw.mainstream.shared.i18n.MessageSourceConfig;

/** A constraint the database enforces after two requests raced past the checks: 409 with a message, not 500. */
class IntegrityConflictTest {

    @Test
    void aRacedUniqueConstraintIsAConflictWithAMessage() throws Exception {
        ApiExceptionHandler handler = new ApiExceptionHandler(new MessageSourceConfig().messageSource());

        ProblemDetail zh = handler.integrity(new DataIntegrityViolationException("uk_account_username"),
                MessageSourceConfig.DEFAULT_LOCALE);
        ProblemDetail en = handler.integrity(new DataIntegrityViolationException("uk_account_username"), Locale.ENGLISH);

        assertThat(zh.getStatus()).isEqualTo(409);
        assertThat(zh.getDetail()).contains("未儲存");
        assertThat(en.getDetail()).contains("nothing was saved");
    }
}
