package pl.koordynator.es.registry.web;

import java.util.Comparator;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import pl.koordynator.es.registry.ActivitySection;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.domain.OrganisationService;

/**
 * Gathers what every module shows the caller about an organisation and puts the texts in the
 * reader's language, so that the card and the API answer are the same list and know no module.
 */
@Service
class ActivitySections {

    private final ObjectProvider<OrganisationActivity> modules;
    private final OrganisationService organisations;
    private final MessageSource messages;

    ActivitySections(ObjectProvider<OrganisationActivity> modules, OrganisationService organisations,
            MessageSource messages) {
        this.modules = modules;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** The history of an organisation the caller may see; an unknown one (or one hidden from a visitor) is not found. */
    ActivityView of(long id, Locale locale) {
        return of(organisations.get(id), locale);
    }

    ActivityView of(OrganisationView organisation, Locale locale) {
        return new ActivityView(organisation.id(), organisation.name(), modules.orderedStream()
                .flatMap(module -> module.sections(organisation).stream())
                .sorted(Comparator.comparingInt(ActivitySection::order).thenComparing(ActivitySection::id))
                .map(section -> section(section, locale))
                .toList());
    }

    private ActivityView.Section section(ActivitySection section, Locale locale) {
        return new ActivityView.Section(section.id(), text(section.title(), locale),
                section.figures().stream().map(group -> new ActivityView.FigureGroup(group.key(),
                        text(group.title(), locale), group.figures().stream()
                                .map(figure -> new ActivityView.Figure(figure.key(), text(figure.label(), locale),
                                        figure.value()))
                                .toList()))
                        .toList(),
                section.rows().stream().map(row -> new ActivityView.Row(text(row.text(), locale), row.url(),
                        text(row.note(), locale))).toList(),
                section.total(), section.moreUrl(), text(section.more(), locale), text(section.empty(), locale));
    }

    private String text(MessageSourceResolvable text, Locale locale) {
        return text == null ? null : messages.getMessage(text, locale);
    }
}
