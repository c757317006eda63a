package tw.mainstream.shared.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking for every editable record. Subclasses add {@code @Audited}
 * so that Envers keeps their change history.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Refuses an edit made on a stale copy: the form carried {@code expectedVersion}. */
    public void checkVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleEditException(getClass().getSimpleName(), id);
        }
    }
}
