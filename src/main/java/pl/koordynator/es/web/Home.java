package pl.koordynator.es.web;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import pl.koordynator.es.shared.HomeFigure;
import pl.koordynator.es.shared.HomeSection;
import pl.koordynator.es.shared.HomeSections;

/**
 * Gathers what every module puts on the public home page and puts its texts in the reader's
 * language, so the page renders plain strings and knows nothing of the modules.
 */
@Service
class Home {

    private final ObjectProvider<HomeSections> modules;
    private final MessageSource messages;

    Home(ObjectProvider<HomeSections> modules, MessageSource messages) {
        this.modules = modules;
        this.messages = messages;
    }

    record Page(List<Figure> figures, List<Section> sections) {
    }

    record Figure(String id, String label, long value, String url) {
    }

    record Section(String id, String title, List<Item> items, Picture picture, String moreUrl, String more,
            String empty) {
    }

    record Item(String text, String url, String note, OffsetDateTime when, boolean withTime) {
    }

    record Picture(int width, int height, List<Shape> shapes, String description, List<Legend> legend) {
    }

    record Legend(int shade, String text) {
    }

    record Shape(String path, int shade, String title) {
    }

    Page page(Locale locale) {
        List<HomeSections> all = modules.orderedStream().toList();
        List<Figure> figures = all.stream().flatMap(module -> module.figures().stream())
                .sorted(Comparator.comparingInt(HomeFigure::order).thenComparing(HomeFigure::id))
                .map(f -> new Figure(f.id(), text(f.label(), locale), f.value(), f.url()))
                .toList();
        List<Section> sections = all.stream().flatMap(module -> module.sections().stream())
                .sorted(Comparator.comparingInt(HomeSection::order).thenComparing(HomeSection::id))
                .map(s -> new Section(s.id(), text(s.title(), locale),
                        s.items().stream().map(i -> new Item(text(i.text(), locale), i.url(), text(i.note(), locale),
                                i.when(), i.withTime())).toList(),
                        picture(s.picture(), locale), s.moreUrl(), text(s.more(), locale), text(s.empty(), locale)))
                .toList();
        return new Page(figures, sections);
    }

    private Picture picture(HomeSection.Picture picture, Locale locale) {
        if (picture == null) {
            return null;
        }
        return new Picture(picture.width(), picture.height(),
                picture.shapes().stream().map(s -> new Shape(s.path(), s.shade(), text(s.title(), locale))).toList(),
                text(picture.description(), locale), picture.legend().stream().map(l -> new Legend(l.shade(), text(l.text(), locale))).toList());
    }

    private String text(MessageSourceResolvable text, Locale locale) {
        return text == null ? null : messages.getMessage(text, locale);
    }
}
