package tw.mainstream.committee.domain;

/** One membership with its person, for the roster table and the API. */
public record MemberRow(Membership membership, Person person) {
    public Long getId() {
        return membership.getId();
    }
}
