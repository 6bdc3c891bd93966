package pl.koordynator.es.localplans.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.koordynator.es.localplans.CommentStatus;
import pl.koordynator.es.localplans.SectionKey;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * The e-mails of co-creation, in Polish through the outbox (in the caller's transaction): a new comment to
 * the plan's authors (the JST, its responsible unit and the OWES, not the commenter's own organisation), a
 * decision to the comment's author. They carry the plan's title and unit, the section and a link; the only
 * text typed by a person is the comment itself (and a rejection's reason to the comment's own author).
 */
@Component
class LocalPlanSectionMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final ObjectProvider<Notifications> notifications;
    private final MessageSource messages;
    private final PlatformSettings settings;

    LocalPlanSectionMails(ObjectProvider<Notifications> notifications, MessageSource messages,
            PlatformSettings settings) {
        this.notifications = notifications;
        this.messages = messages;
        this.settings = settings;
    }

    void commentWritten(LocalPlanSectionRepository.PlanHeading plan, PlanParties parties, SectionKey key,
            String commentText, boolean withSuggestion, Long commenterOrganisationId) {
        Set<Long> recipients = new LinkedHashSet<>();
        for (Long organisation : new Long[] {parties.jstId(), parties.responsibleUnitId(), parties.owesId()}) {
            if (organisation != null && !organisation.equals(commenterOrganisationId)) {
                recipients.add(organisation);
            }
        }
        if (recipients.isEmpty()) {
            return;
        }
        String subject = message("localplans.sections.mail.comment.subject", plan.title());
        String text = message("localplans.sections.mail.comment.text", plan.title(), plan.unitName(), section(key),
                commentText, message(withSuggestion ? "localplans.sections.mail.comment.withSuggestion"
                        : "localplans.sections.mail.comment.withoutSuggestion"), link(plan.id(), key));
        notifications.ifAvailable(mail -> recipients.forEach(id -> mail.toOrganisation(id, subject, text)));
    }

    void decided(String email, LocalPlanSectionRepository.PlanHeading plan, SectionKey key, CommentStatus decision,
            String reason) {
        String subject = message("localplans.sections.mail.decision.subject", plan.title());
        String text = message("localplans.sections.mail.decision." + decision.name(), plan.title(), plan.unitName(),
                section(key), reason == null ? "" : reason, link(plan.id(), key));
        notifications.ifAvailable(mail -> mail.toAddress(email, subject, text));
    }

    private String link(long planId, SectionKey key) {
        return settings.link("/plany-lokalne/" + planId + "/sekcje/" + key.slug());
    }

    private String section(SectionKey key) {
        return message("localplans.section." + key.name());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, POLISH);
    }
}
