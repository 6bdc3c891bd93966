package pl.koordynator.es.security.domain;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.NewUser;
import pl.koordynator.es.security.Role;

/**
 * Creates the first administrator, {@code admin}, on the first start: with the password from
 * {@code KOORDYNATOR_ADMIN_PASSWORD}, or a generated one printed once in the log. Later starts
 * leave an existing account alone, so a changed password is never reset.
 */
@Component
class AdminAccountInitializer implements ApplicationModuleInitializer {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccountService users;
    private final SecuritySettings settings;

    AdminAccountInitializer(UserAccountService users, SecuritySettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void initialize() {
        if (users.exists(ADMIN)) {
            return;
        }
        String configured = settings.admin().password();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generate() : configured;
        if (!generated) {
            PasswordPolicy.check(password, ADMIN).ifPresent(rule -> {
                throw new IllegalStateException("KOORDYNATOR_ADMIN_PASSWORD breaks the password rules (" + rule
                        + "): it needs at least " + PasswordPolicy.MIN_LENGTH + " characters and must not contain "
                        + "the user name. Set a longer password, or unset it to have one generated.");
            });
        }
        users.createAtStartup(new NewUser(ADMIN, "Administrator", "admin@localhost.invalid", Role.ADMIN, null,
                password));
        if (generated) {
            log.warn("""

                    ==================================================================
                     First start: created the administrator account.
                       user name: {}
                       password:  {}
                     This password is printed only this once. Sign in and change it.
                    ==================================================================""", ADMIN, password);
        } else {
            log.info("First start: created the administrator account '{}' with the password from "
                    + "KOORDYNATOR_ADMIN_PASSWORD", ADMIN);
        }
    }

    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
