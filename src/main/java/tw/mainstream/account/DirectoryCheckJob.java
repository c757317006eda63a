package tw.mainstream.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import tw.mainstream.account.domain.AccountSource;
import tw.mainstream.account.domain.DirectoryAccounts;
import tw.mainstream.shared.cluster.CronJob;

/**
 * The daily check of directory accounts: a person the directory no longer has, or has disabled, is
 * disabled here too (and their sessions end at their next request). Runs at {@code mainstream.ldap.check-cron}.
 */
public class DirectoryCheckJob implements CronJob {
    private static final Logger log = LoggerFactory.getLogger(DirectoryCheckJob.class);

    private final FilterBasedLdapUserSearch search;
    private final DirectoryAccounts directory;
    private final String cron;

    DirectoryCheckJob(FilterBasedLdapUserSearch search, DirectoryAccounts directory, String cron) {
        this.search = search;
        this.directory = directory;
        this.cron = cron;
    }

    @Override
    public String name() {
        return "account-directory-check";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public void run() {
        check();
    }

    /** Checks every enabled directory account; returns how many were disabled. */
    public int check() {
        int disabled = 0;
        for (String username : directory.enabledUsernames(AccountSource.LDAP)) {
            String why = null;
            try {
                if (disabledInDirectory(search.searchForUser(username))) {
                    why = "disabled in the directory";
                }
            } catch (UsernameNotFoundException e) {
                why = "no longer in the directory";
            }
            if (why != null && directory.disableGone(username, why)) {
                disabled++;
            }
        }
        log.info("Directory check: {} account(s) disabled", disabled);
        return disabled;
    }

    /**
     * Disabled in the directory: Active Directory's userAccountControl flag ACCOUNTDISABLE (2), or the
     * lock attributes of OpenLDAP (pwdAccountLockedTime) and 389/Oracle directories (nsAccountLock).
     */
    static boolean disabledInDirectory(DirContextOperations ctx) {
        String uac = ctx.getStringAttribute("userAccountControl");
        if (uac != null && uac.strip().matches("\\d+") && (Long.parseLong(uac.strip()) & 2) != 0) {
            return true;
        }
        return ctx.getStringAttribute("pwdAccountLockedTime") != null
                || "true".equalsIgnoreCase(ctx.getStringAttribute("nsAccountLock"));
    }
}
