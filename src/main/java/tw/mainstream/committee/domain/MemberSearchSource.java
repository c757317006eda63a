package tw.mainstream.committee.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.SearchDocument;
import tw.mainstream.search.SearchSource;
import tw.mainstream.search.SearchUpdate;
import tw.mainstream.shared.time.RocDates;

/**
 * Task force seats in the search index: one document per membership, visible to signed-in
 * readers of the agency only (the public member list lives on the public pages).
 */
@Component
class MemberSearchSource implements SearchSource {

    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final TaskForceRepository taskForces;

    MemberSearchSource(MembershipRepository memberships, PersonRepository people, TaskForceRepository taskForces) {
        this.memberships = memberships;
        this.people = people;
        this.taskForces = taskForces;
    }

    @Override
    public boolean handles(Class<?> entityType) {
        return entityType == Membership.class || entityType == Person.class;
    }

    @Override
    public SearchUpdate update(Class<?> entityType, Object id, boolean deleted) {
        List<Membership> affected = entityType == Person.class
                ? memberships.findByPersonId((Long) id)
                : memberships.findById((Long) id).map(List::of).orElse(List.of());
        if (deleted && entityType == Membership.class) {
            return SearchUpdate.delete(documentId((Long) id));
        }
        Map<Long, TaskForce> tfs = taskForces.findAllById(affected.stream().map(Membership::getTaskForceId).toList())
                .stream().collect(Collectors.toMap(TaskForce::getId, Function.identity()));
        List<SearchDocument> docs = affected.stream()
                .flatMap(m -> people.findById(m.getPersonId()).map(p -> document(m, p, tfs.get(m.getTaskForceId()))).stream())
                .toList();
        return new SearchUpdate(docs, List.of());
    }

    @Override
    public Stream<SearchDocument> all() {
        Map<Long, Person> byId = people.findAll().stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        Map<Long, TaskForce> tfs = taskForces.findAll().stream().collect(Collectors.toMap(TaskForce::getId, Function.identity()));
        return memberships.findAll().stream().map(m -> document(m, byId.get(m.getPersonId()), tfs.get(m.getTaskForceId())));
    }

    @Override
    public long count() {
        return memberships.count();
    }

    private static String documentId(Long membershipId) {
        return "member:" + membershipId;
    }

    private static SearchDocument document(Membership m, Person p, TaskForce tf) {
        String title = p.getName() + "（" + tf.getName() + "）";
        String body = String.join(" ", nonNull(p.getTitle()), nonNull(p.getOrganisation()), nonNull(m.getPost()),
                m.isInternal() ? "內聘" : "外聘");
        return new SearchDocument(documentId(m.getId()), DocumentKind.MEMBER, tf.getAgencyId(), tf.getId(), null,
                RocDates.rocYear(m.getAppointedOn()), m.getAppointedOn(), null, false, title, body, null, null,
                "/task-forces/" + tf.getId());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
