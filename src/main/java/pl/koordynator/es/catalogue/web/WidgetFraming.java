package pl.koordynator.es.catalogue.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.FrameablePages;

/**
 * Only the widget page may be shown in another site's frame: it lists published offers and
 * holds no form, so framing it cannot trick anyone into acting. Which sites may frame it:
 * {@code koordynator.catalogue.widget-ancestors}, every site ({@code *}) unless set to a list
 * of origins separated by spaces or commas.
 */
@Component
class WidgetFraming implements FrameablePages {

    private final List<String> ancestors;

    WidgetFraming(@Value("${koordynator.catalogue.widget-ancestors:*}") String ancestors) {
        List<String> listed = Arrays.stream(ancestors.split("[\\s,]+")).filter(source -> !source.isBlank())
                // a source with a quote or semicolon would end the directive and start another
                .filter(source -> source.matches("\\*|https?://[A-Za-z0-9.*:-]+")).toList();
        this.ancestors = listed.isEmpty() ? List.of("'none'") : listed;
    }

    @Override
    public List<String> paths() {
        return List.of(WidgetPages.WIDGET);
    }

    @Override
    public List<String> ancestors() {
        return ancestors;
    }
}
