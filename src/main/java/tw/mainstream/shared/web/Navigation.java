package tw.mainstream.shared.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.security.CurrentUsers;

/** The main menu for the current user, read by the layout as {@code @navigation.links()}. */
@Component("navigation")
public class Navigation {
    private final List<NavLink> links;

    Navigation(List<NavLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
    }

    public List<NavLink> links() {
        CurrentUser user = CurrentUsers.get();
        return links.stream().filter(l -> l.visibleTo().test(user)).toList();
    }
}
