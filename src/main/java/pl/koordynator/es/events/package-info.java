/**
 * Events of the programme (meetings, workshops, trainings, seminars, conferences, social
 * campaigns, study visits, network meetings): the public calendar, registration with capacity and
 * a waiting list, e-mails to participants, attendance, certificates, evaluation, the iCalendar
 * feed and the shared activity plan of the OWES and ROPS with its overlap and coverage views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events",
        allowedDependencies = {"shared", "audit", "security", "territory", "registry", "notifications", "documents",
                "reporting", "privacy"})
package pl.koordynator.es.events;
