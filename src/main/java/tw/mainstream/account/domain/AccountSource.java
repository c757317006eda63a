package tw.mainstream.account.domain;

/** Where an account signs in: its own password, the agency's LDAP directory, or an OpenID provider. */
public enum AccountSource {
    LOCAL, LDAP, OIDC
}
