package tw.mainstream.shared.web.api;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Metadata of the OpenAPI document ({@code mainstream.api.*}).
 *
 * @param contactEmail the contact address; application.properties takes {@code mainstream.mail.from}
 */
@Validated
@ConfigurationProperties("mainstream.api")
public record ApiProperties(@DefaultValue("1.0.0") @NotBlank String version,
                            @DefaultValue("政府資料開放授權條款－第1版 (Open Government Data License, version 1.0)")
                            String licenseName,
                            @DefaultValue("https://data.gov.tw/license") String licenseUrl,
                            String contactEmail) {
}
