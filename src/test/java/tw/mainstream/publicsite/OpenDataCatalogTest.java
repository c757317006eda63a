package tw.mainstream.publicsite;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import tw.mainstream.support.IntegrationTest;

/**
 * The open-data catalogue: DCAT terms (publisher, contact point, frequency IRI), data.gov.tw's
 * fields per dataset, JSON-LD on request, an ETag that answers 304; CSV numbers as written.
 */
class OpenDataCatalogTest extends IntegrationTest {

    @Test
    void catalogCarriesDcatTermsAndDataGovTwFields() throws Exception {
        mvc.perform(get("/public/catalog.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.publisher.name").isNotEmpty())
                .andExpect(jsonPath("$.contactPoint.hasEmail", startsWith("mailto:")))
                .andExpect(jsonPath("$.dataset[*].accrualPeriodicity", everyItem(startsWith("http://purl.org/cld/freq/"))))
                .andExpect(jsonPath("$.dataset[0].publisher.name").isNotEmpty())
                .andExpect(jsonPath("$.dataset[0].contactPoint.fn").isNotEmpty())
                .andExpect(jsonPath("$.dataset[0].主要欄位說明").isNotEmpty())
                .andExpect(jsonPath("$.dataset[0].計費方式").value("免費"))
                .andExpect(jsonPath("$.dataset[0].資料量").isNotEmpty())
                .andExpect(jsonPath("$.dataset[0].上架方式").isNotEmpty())
                .andExpect(jsonPath("$.dataset[0].服務分類").isNotEmpty())
                .andExpect(jsonPath("$.dataset[0].提供機關聯絡人電子郵件", notNullValue()))
                .andExpect(jsonPath("$.dataset[*].accrualPeriodicity", not(hasItem("每年"))));
        mvc.perform(get("/public/catalog.json").accept("application/ld+json")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/ld+json"))
                .andExpect(jsonPath("$['@context'].dcat").value("http://www.w3.org/ns/dcat#"));
    }

    @Test
    void catalogListsEachAgencysMemberListWithDownloadsThatAnswer() throws Exception {
        String json = mvc.perform(get("/public/catalog.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> urls = com.jayway.jsonpath.JsonPath.read(json,
                "$.dataset[?(@.identifier == 'members-2')].distribution[*].downloadURL");
        org.assertj.core.api.Assertions.assertThat(urls)
                .containsExactly("http://localhost/public/agencies/2/members.csv", "http://localhost/public/agencies/2/members.json");
        java.util.List<String> titles = com.jayway.jsonpath.JsonPath.read(json,
                "$.dataset[?(@.identifier == 'members-2')].title");
        org.assertj.core.api.Assertions.assertThat(titles).singleElement().asString().endsWith("性別平等專案小組委員名單");
        for (String url : urls) {
            mvc.perform(get(url.substring("http://localhost".length()))).andExpect(status().isOk());
        }
    }

    @Test
    void publicAnswersCarryAnEtagAndRevalidate() throws Exception {
        String etag = mvc.perform(get("/public/catalog.json")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "private, no-cache"))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/public/catalog.json").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void csvWritesWholeCountsWithoutDecimals() throws Exception {
        String csv = mvc.perform(get("/public/datasets")).andReturn().getResponse().getContentAsString();
        String id = csv.replaceAll("(?s).*?/public/datasets/(\\d+).*", "$1");
        String data = new String(mvc.perform(get("/public/datasets/" + id + "/data.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(data).doesNotContainPattern(",\\d+\\.0(\\r|,)");
        org.assertj.core.api.Assertions.assertThat(data).containsPattern(",\\d+(\\r|,)");
    }
}
