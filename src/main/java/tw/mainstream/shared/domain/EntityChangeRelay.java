package tw.mainstream.shared.domain;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Turns Hibernate's after-commit callbacks into {@link EntityChanged} application events. */
@Component
class EntityChangeRelay implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
        PostCommitDeleteEventListener {

    private final transient ApplicationEventPublisher events;

    EntityChangeRelay(EntityManagerFactory emf, ApplicationEventPublisher events) {
        this.events = events;
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_COMMIT_INSERT, this);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        publish(event.getEntity(), event.getId(), false);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        publish(event.getEntity(), event.getId(), false);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        publish(event.getEntity(), event.getId(), true);
    }

    private void publish(Object entity, Object id, boolean deleted) {
        events.publishEvent(new EntityChanged(entity.getClass(), id, deleted));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return true;
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
        // nothing was committed: nothing to announce
    }

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {
        // nothing was committed: nothing to announce
    }

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {
        // nothing was committed: nothing to announce
    }
}
