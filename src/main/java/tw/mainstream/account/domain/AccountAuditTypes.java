package tw.mainstream.account.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.audit.AuditedType;

@Configuration
class AccountAuditTypes {
    @Bean
    AuditedType accountHistory(UserAccountRepository accounts) {
        return new AuditedType("account", UserAccount.class,
                id -> accounts.findById(id).map(UserAccount::getAgencyId).orElse(null),
                (user, account) -> user.isAdmin());
    }
}
