package pl.koordynator.es.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.ReportingSettings;

/**
 * Reminds each OWES that has not submitted its report for the last ended period of a template,
 * once a day from {@code reminderDays} before the deadline on, also when it is overdue.
 */
@Component
class ReportReminders {

    private final TemplateRepository templates;
    private final ReportRepository reports;
    private final Organisations organisations;
    private final ObjectProvider<Notifications> notifications;
    private final ReportingSettings settings;
    private final ReportingText text;
    private final Clock clock;

    ReportReminders(TemplateRepository templates, ReportRepository reports, Organisations organisations,
            ObjectProvider<Notifications> notifications, ReportingSettings settings, ReportingText text, Clock clock) {
        this.templates = templates;
        this.reports = reports;
        this.organisations = organisations;
        this.notifications = notifications;
        this.settings = settings;
        this.text = text;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/Warsaw")
    @SchedulerLock(name = "reporting.report-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        notifications.ifAvailable(this::remind);
    }

    /** Sends the reminders due today; returns how many went. */
    @Transactional
    int remind(Notifications mail) {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Template template : templates.allCurrent()) {
            Period period = Period.containing(today, template.periodType()).previous();
            LocalDate deadline = period.end().plusDays(template.deadlineDays());
            if (today.plusDays(settings.reminderDays()).isBefore(deadline)) {
                continue;
            }
            for (OrganisationView owes : organisations.ofKind(Kind.OWES)) {
                Optional<ReportStatus> status = reports.findId(owes.id(), template.code(), period.code())
                        .flatMap(reports::find).map(ReportRepository.Row::status);
                if (status.isPresent() && (status.get() == ReportStatus.SUBMITTED || status.get() == ReportStatus.APPROVED)) {
                    continue;
                }
                if (!reports.claimReminder(owes.id(), template.code(), period.code(), today)) {
                    continue;
                }
                String key = deadline.isBefore(today) ? "reporting.mail.overdue" : "reporting.mail.reminder";
                String date = deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
                mail.toOrganisation(owes.id(), text.polish(key + ".subject", period.code()),
                        text.polish(key + ".text", period.code(), template.name(), date));
                sent++;
            }
        }
        return sent;
    }
}
