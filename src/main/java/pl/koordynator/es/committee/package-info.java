/**
 * The regional committee for the development of the social economy (art. 55-58 of the Act of 5
 * August 2022): terms and members by seat category, meetings with agenda, invitations, attendance,
 * quorum and minutes, resolutions and opinions with their votes (at meetings or by circulation),
 * the public register with its feed, and the register of positions the sector submitted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regional committee",
        allowedDependencies = {"shared", "audit", "security", "registry", "notifications", "documents", "privacy"})
package pl.koordynator.es.committee;
