package tw.mainstream.shared.limits;

import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Checks {@link StoredFieldLimits} before every insert and update Hibernate makes. */
@Configuration
class StoredFieldLimitsConfig {

    @Bean
    StoredFieldLimits storedFieldLimits(EntityManagerFactory emf, DataSource dataSource) throws SQLException {
        StoredFieldLimits limits = new StoredFieldLimits(dataSource);
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.PRE_INSERT, (PreInsertEventListener) event -> {
            limits.check(event.getEntity(), event.getPersister());
            return false;
        });
        registry.appendListeners(EventType.PRE_UPDATE, (PreUpdateEventListener) event -> {
            limits.check(event.getEntity(), event.getPersister());
            return false;
        });
        return limits;
    }
}
