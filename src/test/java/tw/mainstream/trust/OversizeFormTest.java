package tw.mainstream.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/** A 9 MB form answers 413 with a zh-TW message, on pages and API, and logs no error. */
@ExtendWith(OutputCaptureExtension.class)
class OversizeFormTest extends IntegrationTest {
    @Autowired TestUsers users;

    @Test
    void nineMegabyteFormIsA413WithoutStackTraces(CapturedOutput log) throws Exception {
        String body = "name=" + "x".repeat(9 * 1024 * 1024);
        for (String path : new String[] {"/committees", "/api/v1/committees", "/login"}) {
            mvc.perform(post(path).with(users.as("demo-secretariat")).with(csrf()).header("Accept-Language", "zh-TW")
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                    .andExpect(status().is(413)).andExpect(content().string(containsString("表單")));
        }
        assertThat(log.getAll()).doesNotContain(" ERROR ").doesNotContain("Exception");
    }
}
