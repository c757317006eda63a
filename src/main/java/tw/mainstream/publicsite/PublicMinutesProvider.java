package tw.mainstream.publicsite;

import java.time.LocalDate;
import java.util.List;

/**
 * Published minutes of an agency's task force for its public page. The meeting module
 * contributes a bean implementing this; the public section lists what every provider returns.
 */
public interface PublicMinutesProvider {

    List<PublicMinutesLink> publishedMinutes(Long agencyId);

    /** One published minutes document: its title (111 年第 1 次會議紀錄), meeting date and public URL. */
    record PublicMinutesLink(String title, LocalDate meetingDate, String url) {
    }
}
