package tw.mainstream.shared.cluster;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Writes one {@code change_log} row per inserted, updated or deleted record, on the connection and
 * in the transaction of the change itself (a transactional outbox): the row exists exactly when
 * the change committed. Audit history rows are not logged.
 */
@Component
class ChangeLogWriter implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final String INSERT = "insert into change_log (node_id, entity_type, entity_id, deleted, created_at)"
            + " values (?, ?, ?, ?, ?)";

    private final transient NodeIdentity node;

    ChangeLogWriter(EntityManagerFactory emf, NodeIdentity node) {
        this.node = node;
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        write(event.getSession(), event.getPersister(), event.getId(), false);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        write(event.getSession(), event.getPersister(), event.getId(), false);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        write(event.getSession(), event.getPersister(), event.getId(), true);
    }

    private void write(SharedSessionContractImplementor session, EntityPersister persister, Object id, boolean deleted) {
        Class<?> type = persister.getMappedClass();
        if (type == null || id == null || !ChangeTypes.isLogged(type)) {
            return;
        }
        Connection c = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, node.id());
            ps.setString(2, type.getName());
            ps.setString(3, id.toString());
            ps.setBoolean(4, deleted);
            ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new HibernateException("cannot write the change log", e);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
