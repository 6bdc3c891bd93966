package pl.koordynator.es.security.domain;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.NewUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;

/**
 * The users of the fictional demo data set: one per role, so that each dashboard can be tried, and the
 * sender and the receiver of the demo reintegration referrals (an OPS's partner, a CIS's PES user).
 * Their names say DEMO and their e-mail domain is reserved, so no one mistakes them for people.
 */
@Component
class DemoUsers implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String displayName, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("demo.rops", "Anna Przykładowa (DEMO, ROPS)", Role.ADMIN),
            new DemoUser("demo.owes", "Bartosz Testowy (DEMO, OWES)", Role.OWES),
            new DemoUser("demo.pes", "Celina Fikcyjna (DEMO, spółdzielnia socjalna)", Role.PES),
            new DemoUser("demo.partner", "Dariusz Umowny (DEMO, gmina)", Role.PARTNER),
            new DemoUser("demo.komitet", "Ewa Wzorcowa (DEMO, komitet)", Role.COMMITTEE),
            // the two ends of the demo reintegration referrals: an OPS that sends, a CIS that receives
            new DemoUser("demo.ops", "Filip Pomocny (DEMO, OPS)", Role.PARTNER),
            new DemoUser("demo.cis", "Grażyna Wspierająca (DEMO, CIS)", Role.PES));

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final UserAccountService users;

    DemoUsers(Installation installation, DemoDataSets demoDataSets, UserAccountService users) {
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.users = users;
    }

    @Override
    public void initialize() {
        if (installation.demoData() && demoDataSets.claim("security")) {
            load();
        }
    }

    void load() {
        String password = AdminAccountInitializer.generate();
        for (DemoUser user : USERS) {
            if (!users.exists(user.username())) {
                users.createAtStartup(new NewUser(user.username(), user.displayName(),
                        user.username() + "@demo.example", user.role(), null, password));
            }
        }
        log.warn("""

                ==================================================================
                 Demo data loaded (fictional). Demo accounts:
                   {}
                 password of each: {}   (printed only this once)
                ==================================================================""",
                String.join(", ", USERS.stream().map(DemoUser::username).toList()), password);
    }
}
