/**
 * Personal data (RODO/GDPR): what the platform keeps about one person, found by e-mail address,
 * exported and erased across every module through the {@link pl.koordynator.es.privacy.PersonalData}
 * surface that each module implements, and the retention periods after which modules remove
 * personal data on their own ({@link pl.koordynator.es.privacy.PersonalDataRetention}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal data",
        allowedDependencies = {"shared", "audit"})
package pl.koordynator.es.privacy;
