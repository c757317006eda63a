package tw.mainstream.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tw.mainstream.document.DocumentFormat;
import tw.mainstream.document.DocumentRenderer;
import tw.mainstream.document.MinutesFixtures;
import tw.mainstream.support.ExternalTools;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * The validators outside evaluators run on what Mainstream produces, on the real files of the demo
 * data: veraPDF (PDF/UA-1) on every generated PDF, the ODF Toolkit validator on every ODT and ODS,
 * the Nu HTML Checker on the HTML documents and a sample of public and signed-in pages. Each
 * validator starts once and checks all its files in one run; none may report an error.
 */
class OutsideValidatorsTest extends IntegrationTest {

    /** A page with one known error, so a checker that checks nothing cannot pass. */
    private static final String CANARY = "canary-invalid.html";
    private static final String SECRETARIAT = "demo-secretariat";
    private static final String TAIPEI = "demo-taipei";
    private static final List<String> PUBLIC_PAGES = List.of("/public", "/public/meetings", "/public/meetings/5",
            "/public/meetings/6", "/public/datasets", "/public/datasets/4", "/public/search?q=性別", "/login");
    private static final List<String> SECRETARIAT_PAGES = List.of("/", "/meetings", "/meetings/5",
            "/meetings/5/minutes", "/meetings/5/minutes?version=public", "/meetings/5/minutes/edit",
            "/meetings/5/attendance", "/meetings/5/agenda", "/tracking", "/tracking/items/1", "/tracking/items/new",
            "/tracking/follow-up", "/task-forces", "/task-forces/1", "/task-forces/1/edit", "/task-forces/1/compliance",
            "/committees", "/statistics", "/statistics/microdata", "/gender-budget", "/training", "/data-calls",
            "/data-calls/1", "/imports", "/search?q=性別", "/accounts", "/accounts/new", "/history/meeting/5");
    private static final List<String> ADMIN_PAGES = List.of("/admin/search-index", "/accounts/role-mappings",
            "/accounts/sign-ins", "/account/two-factor");

    @Autowired
    TestUsers users;

    @TempDir
    Path temporary;

    @Autowired
    DocumentRenderer renderer;

    @Test
    void everyPdfConformsToPdfUa() throws Exception {
        Documents pdfs = documents(DocumentFormat.PDF);
        pdfs.put("follow-up.pdf", download(get("/tracking/follow-up.pdf").with(users.as(SECRETARIAT))));
        List<String> failures = new ArrayList<>();
        for (var pdf : pdfs.files().entrySet()) {
            PdfUaValidator.failures(pdf.getValue()).forEach(f -> failures.add(pdf.getKey() + ": " + f));
        }
        assertThat(pdfs.files().keySet()).hasSize(15);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyOdfFilePassesTheOdfValidator() throws Exception {
        Documents odf = documents(DocumentFormat.ODT);
        odf.put("follow-up.odt", download(get("/tracking/follow-up.odt").with(users.as(SECRETARIAT))));
        odf.put("dataset-4.ods", download(get("/public/datasets/4/data.ods")));
        odf.put("tracked-items.ods", download(get("/tracking/export.ods").with(users.as(SECRETARIAT))));
        Path folder = odf.writeTo(temporary.resolve("odf-validator"));
        List<String> command = new ArrayList<>(List.of("java", "-jar", ExternalTools.jar("odfvalidator.jar").toString(), "-v"));
        command.addAll(odf.files().keySet());
        ExternalTools.Result result = ExternalTools.run(folder, 300, command.toArray(String[]::new));
        List<String> errors = result.output().lines().filter(l -> l.contains("Error:") || l.contains("Fatal:")).toList();
        assertThat(errors).as(result.output()).isEmpty();
        for (String file : odf.files().keySet()) {
            assertThat(result.output()).as(file).contains(file + ":  Info: no errors, no warnings");
        }
        assertThat(result.exit()).as(result.output()).isZero();
    }

    @Test
    void htmlDocumentsAndPagesPassTheNuHtmlChecker() throws Exception {
        Documents html = documents(DocumentFormat.HTML);
        html.put(CANARY, "<!DOCTYPE html><html lang=\"zh-Hant-TW\"><head><title>t</title></head><body><p>a</div></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        for (String page : PUBLIC_PAGES) {
            html.put("public" + fileName(page), download(get(page)));
        }
        for (String page : SECRETARIAT_PAGES) {
            html.put("secretariat" + fileName(page), download(get(page).with(users.as(SECRETARIAT))));
        }
        for (String page : ADMIN_PAGES) {
            html.put("admin" + fileName(page), download(get(page).with(users.as("demo-admin"))));
        }
        Path folder = html.writeTo(temporary.resolve("nu-html-checker"));
        List<String> command = new ArrayList<>(List.of("java", "-jar",
                ExternalTools.nodeModule(Path.of("vnu-jar/build/dist/vnu.jar")).toString(), "--errors-only",
                "--format", "gnu", "--skip-non-html"));
        html.files().keySet().forEach(command::add);
        ExternalTools.Result result = ExternalTools.run(folder, 300, command.toArray(String[]::new));
        List<String> errors = result.output().lines().filter(l -> !l.contains(CANARY)).toList();
        assertThat(errors).as("the Nu HTML Checker's errors").isEmpty();
        assertThat(result.output()).as("the checker ran: it reports the canary's misplaced end tag").contains(CANARY);
    }

    /** Minutes (both versions, also anonymously), notice, agenda and sign-in sheet of two demo meetings, and the fixtures with images. */
    private Documents documents(DocumentFormat format) throws Exception {
        String ext = format.name().toLowerCase();
        Documents documents = new Documents();
        for (int meeting : new int[] {5, 6}) {
            String who = meeting == 5 ? SECRETARIAT : TAIPEI;
            String api = "/api/v1/meetings/" + meeting;
            for (String version : List.of("internal", "public")) {
                documents.put("minutes-" + meeting + "-" + version + "." + ext, download(get(api + "/minutes")
                        .param("format", ext).param("version", version).with(users.as(who))));
            }
            documents.put("minutes-" + meeting + "-anonymous." + ext,
                    download(get(api + "/minutes").param("format", ext).param("version", "public")));
            for (String kind : List.of("notice", "agenda", "sign-in-sheet")) {
                documents.put(kind + "-" + meeting + "." + ext,
                        download(get(api + "/" + kind).param("format", ext).with(users.as(who))));
            }
        }
        documents.put("fixture-nia." + ext, renderer.render(MinutesFixtures.nia(), format).content());
        documents.put("fixture-taipei-follow-up." + ext, renderer.render(MinutesFixtures.taipeiFollowUp(), format).content());
        return documents;
    }

    private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String fileName(String page) {
        return page.replaceAll("[^A-Za-z0-9]+", "-") + ".html";
    }
}
