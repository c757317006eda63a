package tw.mainstream.account.domain;

import java.util.Optional;
import org.springframework.stereotype.Component;
import tw.mainstream.shared.audit.HistoryNames;

/** The change history shows who made a change by their display name, not their user name. */
@Component
class AccountHistoryNames implements HistoryNames {

    private final UserAccountRepository accounts;

    AccountHistoryNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> person(String username) {
        return accounts.findByUsername(username).map(UserAccount::getDisplayName)
                .filter(name -> !name.isBlank());
    }
}
