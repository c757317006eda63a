package tw.mainstream.shared.security;

import java.util.Collection;
import java.util.List;

/**
 * The e-mail addresses of the people who hold a role, for modules that write to them (reminders,
 * notices). Implemented by the account module from the enabled accounts' addresses.
 */
public interface Mailboxes {

    /** The gender liaisons (性別議題聯絡人) of these units. */
    List<String> liaisonsOf(Collection<Long> unitIds);

    /** The secretariat (幕僚) of this agency. */
    List<String> secretariatOf(long agencyId);
}
