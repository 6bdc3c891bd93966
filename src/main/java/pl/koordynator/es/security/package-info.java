/**
 * Users, roles, sign-in with lockout, personal API tokens and the HTTP security of the whole
 * application. Other modules ask it who is signed in ({@link pl.koordynator.es.security.UserAccounts#current()}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users and security",
        allowedDependencies = {"shared", "audit", "privacy"})
package pl.koordynator.es.security;
