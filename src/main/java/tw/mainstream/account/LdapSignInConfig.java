package tw.mainstream.account;

import java.util.Collection;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;
import tw.mainstream.account.domain.AccountSource;
import tw.mainstream.account.domain.DirectoryAccounts;

/**
 * LDAP / Active Directory sign-in with Spring Security's own providers: bind as the person found by
 * the user search, read their groups, and map them through the agency's role mappings.
 */
@Configuration
@ConditionalOnProperty(name = "mainstream.ldap.enabled", havingValue = "true")
@EnableConfigurationProperties(LdapSettings.class)
class LdapSignInConfig {

    @Bean
    DefaultSpringSecurityContextSource ldapContextSource(LdapSettings s) {
        var source = new DefaultSpringSecurityContextSource(s.url());
        if (s.managerDn() != null && !s.managerDn().isBlank()) {
            source.setUserDn(s.managerDn());
            source.setPassword(s.managerPassword());
        }
        return source;
    }

    @Bean
    FilterBasedLdapUserSearch ldapUserSearch(LdapSettings s, DefaultSpringSecurityContextSource source) {
        var search = new FilterBasedLdapUserSearch(s.userSearchBase(), s.userSearchFilter(), source);
        search.setReturningAttributes(null);
        return search;
    }

    @Bean
    AuthenticationProvider ldapAuthenticationProvider(LdapSettings s, DefaultSpringSecurityContextSource source,
                                                      FilterBasedLdapUserSearch search, DirectoryAccounts directory,
                                                      AccountDetailsService details) {
        UserDetailsContextMapper mapper = new DirectoryUserMapper(s, directory, details);
        if (s.activeDirectoryDomain() != null && !s.activeDirectoryDomain().isBlank()) {
            var ad = new ActiveDirectoryLdapAuthenticationProvider(s.activeDirectoryDomain(), s.url());
            ad.setUserDetailsContextMapper(mapper);
            ad.setConvertSubErrorCodesToExceptions(true);
            return ad;
        }
        var authenticator = new BindAuthenticator(source);
        authenticator.setUserSearch(search);
        var groups = new DefaultLdapAuthoritiesPopulator(source, s.groupSearchBase());
        groups.setGroupSearchFilter(s.groupSearchFilter());
        groups.setGroupRoleAttribute(s.groupRoleAttribute());
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);
        groups.setSearchSubtree(true);
        var provider = new LdapAuthenticationProvider(authenticator, groups);
        provider.setUserDetailsContextMapper(mapper);
        return provider;
    }

    @Bean
    DirectoryCheckJob directoryCheckJob(LdapSettings s, FilterBasedLdapUserSearch search, DirectoryAccounts directory) {
        return new DirectoryCheckJob(search, directory, s.checkCron());
    }

    /** Turns the directory's person and groups into this application's account. */
    static class DirectoryUserMapper implements UserDetailsContextMapper {
        private final LdapSettings settings;
        private final DirectoryAccounts directory;
        private final AccountDetailsService details;

        DirectoryUserMapper(LdapSettings settings, DirectoryAccounts directory, AccountDetailsService details) {
            this.settings = settings;
            this.directory = directory;
            this.details = details;
        }

        @Override
        public UserDetails mapUserFromContext(DirContextOperations ctx, String username,
                                              Collection<? extends GrantedAuthority> authorities) {
            if (DirectoryCheckJob.disabledInDirectory(ctx)) {
                throw new org.springframework.security.authentication.DisabledException("Disabled in the directory");
            }
            List<String> groups = authorities.stream().map(GrantedAuthority::getAuthority)
                    .map(DirectoryUserMapper::groupName).toList();
            try {
                var account = directory.signIn(AccountSource.LDAP, username,
                        ctx.getStringAttribute(settings.displayNameAttribute()),
                        ctx.getStringAttribute(settings.emailAttribute()), groups);
                return details.principal(account, null);
            } catch (DirectoryAccounts.RefusedException e) {
                throw DirectoryRefusals.of(e, username);
            }
        }

        /** Active Directory reports groups as DNs (memberOf): keep the CN. */
        static String groupName(String authority) {
            if (authority.regionMatches(true, 0, "cn=", 0, 3)) {
                int comma = authority.indexOf(',');
                return authority.substring(3, comma < 0 ? authority.length() : comma);
            }
            return authority;
        }

        @Override
        public void mapUserToContext(UserDetails user, org.springframework.ldap.core.DirContextAdapter ctx) {
            throw new UnsupportedOperationException("The directory is read only");
        }
    }
}
