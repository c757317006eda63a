package tw.mainstream.trust;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/** Microdata datasets belong to an agency: others neither list nor pivot them, and no file path is shown. */
class MicrodataScopeTest extends IntegrationTest {
    @Autowired TestUsers users;

    @Test
    void niaCrossingsAreReadByNiaAndNotByTaipei() throws Exception {
        mvc.perform(get("/api/v1/statistics/microdata").with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("nia-crossings")))
                .andExpect(content().string(not(containsString("paths"))))
                .andExpect(content().string(not(containsString(".csv"))));
        mvc.perform(get("/api/v1/statistics/microdata").with(users.as("demo-taipei"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("nia-crossings"))));
        mvc.perform(get("/statistics/microdata").with(users.as("demo-taipei"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("nia-crossings"))));
        mvc.perform(get("/api/v1/statistics/microdata/nia-crossings/pivot").param("rows", "國籍")
                .with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(get("/statistics/microdata/nia-crossings").with(users.as("demo-taipei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistics/microdata/nia-crossings").with(users.as("demo-oversight")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("microdata-demo"))));
    }
}
