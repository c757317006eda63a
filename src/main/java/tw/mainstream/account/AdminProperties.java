package tw.mainstream.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first system administrator ({@code mainstream.admin.*}), created at the first start when no
 * account exists; both blank: a one-time code in the log and the /setup page instead.
 */
@ConfigurationProperties("mainstream.admin")
record AdminProperties(@DefaultValue("") String username, @DefaultValue("") String password) {
}
