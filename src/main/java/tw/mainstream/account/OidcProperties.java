package tw.mainstream.account;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * OpenID Connect claims ({@code mainstream.oidc.*}); the registration itself is Spring Boot's
 * {@code spring.security.oauth2.client.*}.
 *
 * @param usernameClaim the claim that names the account
 * @param groupsClaim   the claim whose groups are looked up in the role mappings
 */
@Validated
@ConfigurationProperties("mainstream.oidc")
record OidcProperties(@DefaultValue("preferred_username") @NotBlank String usernameClaim,
                      @DefaultValue("groups") @NotBlank String groupsClaim) {
}
