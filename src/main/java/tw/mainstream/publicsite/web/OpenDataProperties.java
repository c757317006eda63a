package tw.mainstream.publicsite.web;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Publisher and contact point of the open data catalogue {@code /public/catalog.json}
 * ({@code mainstream.opendata.*}).
 *
 * @param publisher    the publishing body's name
 * @param contactEmail the contact address; application.properties takes {@code mainstream.mail.from}
 * @param contactPhone the contact telephone, blank when none
 */
@Validated
@ConfigurationProperties("mainstream.opendata")
record OpenDataProperties(@DefaultValue("性別主流化專區") @NotBlank String publisher, String contactEmail,
                          @DefaultValue("") String contactPhone) {

    PublicDatasets.Publisher asPublisher() {
        return new PublicDatasets.Publisher(publisher, contactEmail, contactPhone);
    }
}
