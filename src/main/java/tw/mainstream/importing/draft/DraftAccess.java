package tw.mainstream.importing.draft;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/** A draft as its reader may have it (the secretariat of its agency; 404 otherwise), and its structure as JSON. */
@Component
class DraftAccess {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ImportDraftRepository drafts;

    DraftAccess(ImportDraftRepository drafts) {
        this.drafts = drafts;
    }

    ImportDraft draft(Long id, CurrentUser user) {
        requireSecretariat(user);
        ImportDraft d = drafts.findById(id).orElseThrow(() -> new NotFoundException("importDraft", id));
        if (!user.canManageAgency(d.getAgencyId())) {
            throw new NotFoundException("importDraft", id);
        }
        return d;
    }

    static void requireSecretariat(CurrentUser user) {
        user.requireRole(AccountRole.SECRETARIAT);
    }

    static String write(DraftContent c) {
        return JSON.writeValueAsString(c);
    }

    static DraftContent read(String json) {
        return JSON.readValue(json, DraftContent.class);
    }
}
