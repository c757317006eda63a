package tw.mainstream.shared.web;

import java.util.function.Predicate;
import tw.mainstream.shared.security.CurrentUser;

/** A main-menu entry contributed by a module as a bean; shown to users the predicate accepts. */
public record NavLink(String labelKey, String path, int order, Predicate<CurrentUser> visibleTo) {
}
