package tw.mainstream.shared.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records the signed-in user on each revision; "system" for start-up and scheduled work. */
public class AuditRevisionListener implements RevisionListener {
    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
        ((AuditRevision) revisionEntity).setUsername(user);
    }
}
