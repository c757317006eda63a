package tw.mainstream.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.domain.DecisionKind;
import tw.mainstream.tracking.domain.DecisionService;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.ReportService;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackingProposal;
import tw.mainstream.tracking.domain.TrackingService;

/**
 * Every GET route — the API from the OpenAPI document, the pages from the handler mappings, so a
 * new route is tried without editing this test — with every demo role and anonymous. Path
 * variables are filled with the ids of marked records of another agency (臺北市) and of another
 * unit of 移民署. No answer may be a 5xx, anonymous gets nothing but public routes, and no answer
 * may contain a marked text its reader may not see.
 */
class AccessMatrixTest extends IntegrationTest {
    static final List<String> ROLES = List.of("anonymous", "demo-admin", "demo-secretariat", "demo-liaison",
            "demo-member", "demo-taipei", "demo-oversight");
    static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");
    static final Set<String> SKIPPED = Set.of("/logout", "/error");

    @Autowired TestUsers users;
    @Autowired TrackingService tracking;
    @Autowired ReportService reports;
    @Autowired DecisionService decisions;
    @Autowired CommitteeApi committee;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping pages;

    /** Marked records: their texts, who may read them, and their ids to put into paths. */
    record Marker(String text, Set<String> readers, Map<String, Long> ids) {
    }

    @Test
    void noRouteLeaksAnotherAgencysOrUnitsTextAndNoneFails() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Marker taipei = marker(users.current("demo-taipei"), null, "臺北市機密" + tag,
                Set.of("demo-admin", "demo-taipei"));
        CurrentUser nia = users.current("demo-secretariat");
        Long liaisonUnit = users.current("demo-liaison").unitId();
        Long otherUnit = committee.units(nia.agencyId()).stream().map(u -> u.id()).filter(u -> !u.equals(liaisonUnit))
                .findFirst().orElseThrow();
        Marker niaOtherUnit = marker(nia, otherUnit, "移民署他組機密" + tag,
                Set.of("demo-admin", "demo-secretariat", "demo-member", "demo-oversight"));
        List<Marker> markers = List.of(taipei, niaOtherUnit);

        Set<String> routes = routes();
        int tried = 0;
        List<String> failures = new ArrayList<>();
        Set<String> seenByReaders = new TreeSet<>();
        for (String route : routes) {
            for (String path : paths(route, markers)) {
                for (String role : ROLES) {
                    MockHttpServletResponse r = call(path, role);
                    tried++;
                    String body = r.getContentAsString();
                    if (r.getStatus() >= 500) {
                        failures.add(r.getStatus() + " " + role + " " + path);
                    }
                    if (role.equals("anonymous") && !isPublic(path) && r.getStatus() < 300) {
                        failures.add("anonymous read " + r.getStatus() + " " + path);
                    }
                    for (Marker m : markers) {
                        if (!m.readers().contains(role) && body.contains(m.text())) {
                            failures.add("leak of " + m.text() + " to " + role + " on " + path);
                        } else if (!role.equals("demo-admin") && body.contains(m.text())) {
                            seenByReaders.add(m.text());
                        }
                    }
                }
            }
        }
        System.out.printf("access matrix: %d routes, %d requests (route × filled path × %d roles), %d problems%n",
                routes.size(), tried, ROLES.size(), failures.size());
        failures.forEach(System.out::println);
        assertThat(routes.size()).isGreaterThan(100);
        // the check can fail: each marked text does come back to the readers it belongs to
        assertThat(seenByReaders).containsExactlyInAnyOrder(taipei.text(), niaOtherUnit.text());
        assertThat(failures).isEmpty();
    }

    private MockHttpServletResponse call(String path, String role) throws Exception {
        MockHttpServletRequestBuilder request = get(path).header("Accept-Language", "zh-TW");
        if (!role.equals("anonymous")) {
            request = request.with(users.as(role));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean isPublic(String path) {
        return path.equals("/") || path.startsWith("/public") || path.startsWith("/api/v1/public")
                || path.startsWith("/login") || path.startsWith("/setup") || path.startsWith("/v3/api-docs")
                || path.startsWith("/swagger-ui");
    }

    /** GET routes of the OpenAPI document and of the page mappings, as patterns. */
    private Set<String> routes() throws Exception {
        Set<String> routes = new TreeSet<>();
        JsonNode doc = JsonMapper.builder().build().readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString());
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().has("get")) {
                routes.add(e.getKey());
            }
        }
        pages.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                routes.addAll(info.getPatternValues());
            }
        });
        routes.removeIf(r -> SKIPPED.contains(r) || r.contains("*"));
        return routes;
    }

    /** The route with its variables filled from each marker (one path per marker and record kind). */
    private static List<String> paths(String route, List<Marker> markers) {
        if (!VARIABLE.matcher(route).find()) {
            return List.of(route);
        }
        List<String> out = new ArrayList<>();
        for (Marker m : markers) {
            m.ids().forEach((type, id) -> {
                Matcher v = VARIABLE.matcher(route);
                StringBuilder path = new StringBuilder();
                while (v.find()) {
                    v.appendReplacement(path, Matcher.quoteReplacement(value(v.group(1), type, id)));
                }
                v.appendTail(path);
                out.add(path.toString());
            });
        }
        return out.stream().distinct().toList();
    }

    private static String value(String variable, String type, Long id) {
        return switch (variable) {
            case "type" -> type;
            case "format" -> "csv";
            case "kind" -> "planned";
            default -> Long.toString(id);
        };
    }

    /** A tracked item of the unit (or the agency's first), with a report and a decision, all marked. */
    private Marker marker(CurrentUser secretariat, Long unit, String text, Set<String> readers) {
        Long tf = committee.taskForcesOf(secretariat.agencyId()).get(0).id();
        Long lead = unit != null ? unit : committee.units(secretariat.agencyId()).get(0).id();
        TrackedItem item = tracking.open(secretariat, new OpenItemCommand(tf, text + " 列管事項", lead, Set.of(),
                DueKind.NEXT_MEETING, null, Origin.external("111 年第 1 次會議", LocalDate.of(2022, 7, 25))));
        long report = reports.write(secretariat, item.getId(), lead, null, text + " 辦理情形",
                TrackingProposal.PROPOSE_CONTINUE, true, List.of()).getId();
        long decision = decisions.decide(secretariat, item.getId(), new DecisionService.MeetingRef(null,
                LocalDate.of(2023, 1, 5), "112 年第 1 次會議"), DecisionKind.CONTINUE, text + " 決議", null).getId();
        return new Marker(text, readers, Map.of("trackedItem", item.getId(), "progressReport", report,
                "trackingDecision", decision));
    }
}
