package tw.mainstream.account.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.account.domain.AdminScope;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.account.domain.UserAccountRepository;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.security.AccountRole;

/** The demo accounts listed in the README, all with the password "demo". Demo mode only. */
@Component
@Order(50)
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    private final UserAccountRepository accounts;
    private final CommitteeApi committee;
    private final PasswordEncoder encoder;

    DemoAccounts(UserAccountRepository accounts, CommitteeApi committee, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.committee = committee;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername("demo-admin").isPresent()) {
            return;
        }
        Long nia = agency("內政部移民署");
        Long moi = agency("內政部");
        Long doit = agency("臺北市政府資訊局");
        Long itUnit = committee.unitByName(nia, "移民資訊組").orElseThrow().id();
        Long memberPerson = committee.demoMemberPersonId(nia).orElse(null);
        save("demo-admin", "系統管理者", AccountRole.ADMIN, null, null, null);
        save("demo-secretariat", "曾筠苓（移民署幕僚）", AccountRole.SECRETARIAT, nia, null, null)
                .setAdminScope(AdminScope.AGENCY);
        save("demo-liaison", "移民資訊組聯絡人", AccountRole.LIAISON, nia, itUnit, null);
        save("demo-member", "移民署性平小組委員", AccountRole.MEMBER, nia, null, memberPerson);
        save("demo-taipei", "資訊局幕僚", AccountRole.SECRETARIAT, doit, null, null);
        save("demo-oversight", "內政部性平業務承辦", AccountRole.OVERSIGHT, moi, null, null);
    }

    private Long agency(String name) {
        return committee.agencyByName(name).map(AgencyView::id).orElseThrow();
    }

    private UserAccount save(String username, String name, AccountRole role, Long agency, Long unit, Long person) {
        return accounts.save(new UserAccount(username, encoder.encode("demo"), name, role, agency, unit, person));
    }
}
