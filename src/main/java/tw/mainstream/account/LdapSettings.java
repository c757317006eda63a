package tw.mainstream.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import tw.mainstream.shared.cluster.CronSetting;

/**
 * Sign-in with the agency's LDAP directory or Active Directory ({@code mainstream.ldap.*}); off by default.
 *
 * @param url               e.g. ldaps://ldap.example.gov.tw:636/dc=example,dc=gov,dc=tw
 * @param managerDn         service account that searches (blank: anonymous search)
 * @param userSearchBase    where people are, relative to the URL's base (e.g. ou=people)
 * @param userSearchFilter  {0} is the name typed (e.g. (uid={0}), or (sAMAccountName={0}) for AD)
 * @param groupSearchBase   where groups are (e.g. ou=groups)
 * @param groupSearchFilter {0} the person's DN, {1} the name typed (e.g. (member={0}))
 * @param groupRoleAttribute the group attribute matched against role mappings (cn)
 * @param activeDirectoryDomain when set, Active Directory binds as user@domain and reads memberOf
 * @param checkCron         when the daily directory check runs (Asia/Taipei); {@code -}: never
 */
@Validated
@ConfigurationProperties("mainstream.ldap")
record LdapSettings(boolean enabled, String url, String managerDn, String managerPassword, String userSearchBase,
                    String userSearchFilter, String groupSearchBase, String groupSearchFilter,
                    String groupRoleAttribute, String displayNameAttribute, String emailAttribute,
                    String activeDirectoryDomain, @CronSetting String checkCron) {
    LdapSettings {
        userSearchBase = userSearchBase == null ? "" : userSearchBase;
        userSearchFilter = userSearchFilter == null ? "(uid={0})" : userSearchFilter;
        groupSearchBase = groupSearchBase == null ? "" : groupSearchBase;
        groupSearchFilter = groupSearchFilter == null ? "(member={0})" : groupSearchFilter;
        groupRoleAttribute = groupRoleAttribute == null ? "cn" : groupRoleAttribute;
        displayNameAttribute = displayNameAttribute == null ? "displayName" : displayNameAttribute;
        emailAttribute = emailAttribute == null ? "mail" : emailAttribute;
        checkCron = checkCron == null ? "0 30 5 * * *" : checkCron;
    }
}
