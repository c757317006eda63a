package tw.mainstream.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.trust.WriteTargets.Filled;
import tw.mainstream.trust.WriteTargets.Scope;

/**
 * Every changing route — POST, PUT, PATCH and DELETE of the OpenAPI document and of the page
 * mappings, so a new route is tried without editing this test — sent by every demo role and
 * anonymous against the records of a scope that is not theirs: the other agency (臺北市資訊局 for
 * 移民署's and 內政部's accounts, 移民署 for 臺北市's), and for the liaison the tracked items and
 * data-call answers of another unit of the same agency. Bodies are plausible: built from the
 * operation's schema, with the attacked record's own values and version and ids of the attacked
 * scope. No attempt may be accepted (2xx) or fail (5xx), and none may change anything: the audit
 * revision count and the record's JSON (read back by the administrator) stay as they were.
 */
class WriteMatrixTest extends IntegrationTest {
    static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404, 409, 422);
    /** Routes that act on the caller's own session or account, not on a record of a scope. */
    static final Set<String> OWN = Set.of("/login", "/logout", "/setup", "/error", "/account/two-factor",
            "/account/password", "/locale");
    static final Pattern ALTERNATIVES = Pattern.compile("\\{[^}/:]+:([^}]*\\|[^}]*)}");

    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping pages;

    record Attack(String role, Scope scope) {
    }

    record Operation(String method, String route, JsonNode spec, boolean multipart) {
        boolean api() {
            return spec != null;
        }
    }

    @Test
    void noRoleWritesToAnotherAgencyOrUnit() throws Exception {
        long nia = users.current("demo-secretariat").agencyId();
        long taipei = users.current("demo-taipei").agencyId();
        long liaisonUnit = users.current("demo-liaison").unitId();
        Scope taipeiScope = new Scope("臺北市資訊局", taipei, -1);
        Scope niaScope = new Scope("移民署", nia, -1);
        Scope otherUnit = new Scope("移民署他組", nia, liaisonUnit);
        List<Attack> attacks = List.of(new Attack("anonymous", taipeiScope), new Attack("anonymous", niaScope),
                new Attack("demo-secretariat", taipeiScope), new Attack("demo-liaison", taipeiScope),
                new Attack("demo-liaison", otherUnit), new Attack("demo-member", taipeiScope),
                new Attack("demo-oversight", taipeiScope), new Attack("demo-taipei", niaScope));

        seed(taipei, "demo-taipei");
        seed(nia, "demo-secretariat");
        JsonNode document = JsonMapper.builder().build().readTree(mvc.perform(get("/v3/api-docs")).andReturn()
                .getResponse().getContentAsString());
        Set<String> getRoutes = getRoutes(document);
        List<Operation> operations = operations(document);
        WriteTargets targets = new WriteTargets(jdbc);

        int tried = 0;
        int apiTried = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Set<String> notFilled = new TreeSet<>();
        for (Attack attack : attacks) {
            SampleBodies bodies = new SampleBodies(document, segment -> targets.idFor(segment, attack.scope()));
            for (Operation op : operations) {
                if (!attack.role().equals("anonymous") && createsInOwnScope(op, document)) {
                    continue;
                }
                List<Filled> filled = targets.fill(op.route(), attack.scope());
                if (filled.isEmpty() && !attack.scope().unitOnly()) {
                    notFilled.add(op.method() + " " + op.route() + " (" + attack.scope().name() + ")");
                }
                for (Filled target : filled) {
                    String witness = witness(target.path(), op.route(), getRoutes);
                    String before = witness == null ? null : read(witness);
                    long revisions = revisions();
                    MockHttpServletResponse r;
                    try {
                        r = send(op, target, attack.role(), before, bodies);
                    } catch (Exception e) {
                        r = new MockHttpServletResponse();
                        r.setStatus(500);
                        r.getWriter().print(e.getCause() == null ? e : e.getCause());
                    }
                    tried++;
                    apiTried += op.api() ? 1 : 0;
                    statuses.merge(r.getStatus(), 1, Integer::sum);
                    String what = attack.role() + " " + op.method().toUpperCase() + " " + target.path() + " ("
                            + attack.scope().name() + ")";
                    if (r.getStatus() >= 500) {
                        failures.add(r.getStatus() + " " + what + ": " + r.getContentAsString());
                    } else if (r.getStatus() < 300 && (op.api() || revisions() != revisions)) {
                        failures.add("accepted " + r.getStatus() + " " + what + ": " + r.getContentAsString());
                    } else if (op.api() && !REFUSALS.contains(r.getStatus())) {
                        failures.add("unexpected " + r.getStatus() + " " + what);
                    }
                    if (revisions() != revisions) {
                        failures.add("audit revision written by " + what);
                    }
                    if (witness != null && !read(witness).equals(before)) {
                        failures.add("changed " + witness + " by " + what);
                    }
                }
            }
        }
        int accepted = (int) failures.stream().filter(f -> f.startsWith("accepted")).count();
        System.out.printf("write matrix: %d write routes (%d API), %d write attempts × roles (%d API), "
                        + "%d accepted across scope, statuses %s%n", operations.size(),
                operations.stream().filter(Operation::api).count(), tried, apiTried, accepted, statuses);
        System.out.println("write matrix: routes with no record of the attacked scope: " + notFilled);
        System.out.println("write matrix: routes filled with every top-level record: " + new TreeSet<>(targets.unknownSegments));
        failures.forEach(System.out::println);
        assertThat(operations.stream().filter(Operation::api).count()).isGreaterThan(40);
        assertThat(apiTried).isGreaterThan(250);
        // most refusals come from the scope checks, not from a body that failed validation first
        int scoped = statuses.getOrDefault(401, 0) + statuses.getOrDefault(403, 0) + statuses.getOrDefault(404, 0);
        assertThat(scoped).isGreaterThan(tried / 2);
        assertThat(failures).isEmpty();
    }

    /** Records the demo lacks in some agencies: a budget item, a role mapping, a data call, a staged import. */
    private void seed(long agency, String owner) throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        mvc.perform(post("/api/v1/gender-budget").with(users.as(owner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"fiscalYear\":113,\"category\":\"PLAN\","
                        + "\"planName\":\"寫入矩陣 " + tag + "\",\"planned\":1000}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/accounts/role-mappings").with(users.as("demo-admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"agencyId\":" + agency + ",\"source\":\"LDAP\","
                        + "\"groupName\":\"write-matrix-" + tag + "\",\"role\":\"MEMBER\"}"))
                .andExpect(status().is2xxSuccessful());
        Long unit = jdbc.queryForObject("select min(id) from committee_unit where agency_id = ?", Long.class, agency);
        mvc.perform(post("/api/v1/data-calls").with(users.as(owner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"寫入矩陣 " + tag + "\",\"templateCode\":"
                        + "\"GENDER_BUDGET\",\"deadline\":\"" + LocalDate.now().plusDays(30) + "\",\"unitIds\":[" + unit
                        + "]}"))
                .andExpect(status().is2xxSuccessful());
        Long table = jdbc.queryForObject("select min(id) from statistics_table where agency_id = ?", Long.class, agency);
        if (table != null) {
            // a staged import of the agency's table (its report may list problems; it is kept either way)
            mvc.perform(multipart("/api/v1/statistics/tables/" + table + "/imports").file(new MockMultipartFile("file",
                    "probe.csv", "text/csv", "年度,性別,人數\n112,男,1\n".getBytes(StandardCharsets.UTF_8)))
                    .with(users.as(owner)).with(csrf()));
        }
    }

    private MockHttpServletResponse send(Operation op, Filled target, String role, String current, SampleBodies bodies)
            throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request;
        JsonNode own = current == null || !current.startsWith("{") ? null : JsonMapper.builder().build().readTree(current);
        JsonNode content = op.api() ? op.spec().path("requestBody").path("content") : null;
        if (op.multipart() || content != null && content.has("multipart/form-data")) {
            request = multipart(HttpMethod.valueOf(op.method().toUpperCase()), target.path())
                    .file(new MockMultipartFile("file", "probe.csv", "text/csv",
                            "年度,性別,人數\n112,男,1\n".getBytes(StandardCharsets.UTF_8)));
        } else {
            request = request(HttpMethod.valueOf(op.method().toUpperCase()), target.path());
            if (content != null && content.has("application/json")) {
                JsonNode body = bodies.sample(content.get("application/json").path("schema"), "", own, 0);
                request = request.contentType(MediaType.APPLICATION_JSON).content(body.toString());
            } else if (!op.api()) {
                request = request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
                if (own != null && own.has("version")) {
                    request = request.param("version", own.get("version").asString());
                }
            }
        }
        if (op.api()) {
            for (JsonNode p : op.spec().path("parameters")) {
                if (p.path("in").asString().equals("query")) {
                    JsonNode value = bodies.sample(p.path("schema"), p.path("name").asString(),
                            own == null ? null : own.get(p.path("name").asString()), 1);
                    request = request.queryParam(p.path("name").asString(), value.asString());
                }
            }
        }
        request = request.with(csrf()).header("Accept-Language", "zh-TW")
                .accept(op.api() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (!role.equals("anonymous")) {
            request = request.with(users.as(role));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /**
     * A POST to a collection whose body names no record (no {@code xxxId}) creates in the caller's own
     * scope: not a write across scopes (anonymous still tries it).
     */
    private static boolean createsInOwnScope(Operation op, JsonNode document) {
        if (!op.api() || WriteTargets.VARIABLE.matcher(op.route()).find()) {
            return false;
        }
        JsonNode schema = op.spec().path("requestBody").path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").properties().iterator(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (name.endsWith("Id") || name.endsWith("Ids")) {
                return false;
            }
        }
        return true;
    }

    /** The record's own JSON: the longest GET route that the write path starts with, read by the administrator. */
    private static String witness(String path, String route, Set<String> getRoutes) {
        if (!path.startsWith("/api/")) {
            return null;
        }
        String r = route;
        String p = path;
        while (r.lastIndexOf('/') > "/api/v1".length()) {
            if (getRoutes.contains(r)) {
                return p;
            }
            r = r.substring(0, r.lastIndexOf('/'));
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return null;
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path).with(users.as("demo-admin")).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
    }

    private long revisions() {
        return jdbc.queryForObject("select count(*) from revinfo", Long.class);
    }

    private static Set<String> getRoutes(JsonNode document) {
        Set<String> out = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().has("get")) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The changing operations of the document, then those of the pages (routes outside /api). */
    private List<Operation> operations(JsonNode document) {
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().properties().iterator(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (WRITES.contains(op.getKey())) {
                    out.add(new Operation(op.getKey(), path.getKey(), op.getValue(), false));
                }
            }
        }
        Map<String, Operation> pageOps = new LinkedHashMap<>();
        pages.getHandlerMethods().forEach((info, method) -> {
            for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                if (WRITES.contains(m.name().toLowerCase())) {
                    for (String route : info.getPatternValues()) {
                        if (!route.startsWith("/api/") && !OWN.contains(route)) {
                            for (String expanded : expand(route)) {
                                pageOps.put(m.name() + expanded, new Operation(m.name().toLowerCase(), expanded, null,
                                        false));
                                if (takesFiles(method)) {
                                    // an upload form, and the same sent as a plain form (a client's mistake)
                                    pageOps.put(m.name() + expanded + " files", new Operation(m.name().toLowerCase(),
                                            expanded, null, true));
                                }
                            }
                        }
                    }
                }
            }
        });
        out.addAll(pageOps.values());
        return out;
    }

    private static boolean takesFiles(HandlerMethod method) {
        for (MethodParameter p : method.getMethodParameters()) {
            if (MultipartFile.class.isAssignableFrom(p.getParameterType()) || p.getGenericParameterType().getTypeName()
                    .contains("MultipartFile")) {
                return true;
            }
        }
        return false;
    }

    /** {@code /minutes/{action:circulate|confirm|publish}} → one route per alternative. */
    private static List<String> expand(String route) {
        Matcher m = ALTERNATIVES.matcher(route);
        if (!m.find()) {
            return List.of(route);
        }
        List<String> out = new ArrayList<>();
        for (String alternative : m.group(1).split("\\|")) {
            out.addAll(expand(route.substring(0, m.start()) + alternative + route.substring(m.end())));
        }
        return out;
    }
}
