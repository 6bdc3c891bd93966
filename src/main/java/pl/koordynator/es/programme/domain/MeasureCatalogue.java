package pl.koordynator.es.programme.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * Every measure the modules offer ({@link ProgrammeMeasures} beans), in the reader's language,
 * and the one place that asks the module owning a measure for a value. The beans are looked up
 * on every call rather than kept in a list at start-up, which costs nothing and lets a module's
 * bean come and go in tests.
 */
@Service
public class MeasureCatalogue {

    private final ObjectProvider<ProgrammeMeasures> modules;
    private final MessageSource messages;

    MeasureCatalogue(ObjectProvider<ProgrammeMeasures> modules, MessageSource messages) {
        this.modules = modules;
        this.messages = messages;
    }

    public List<MeasureView> measures() {
        return modules.orderedStream().flatMap(module -> module.measures().stream())
                .sorted(Comparator.comparing(Measure::code))
                .map(measure -> new MeasureView(measure.code(), text(measure.nameKey()), text(measure.unitKey()),
                        measure.kind(), measure.territorial()))
                .toList();
    }

    public Optional<Measure> measure(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return modules.orderedStream().flatMap(module -> module.measures().stream())
                .filter(measure -> measure.code().equals(code)).findFirst();
    }

    /** A measure's name in the reader's language; the code when the measure is gone. */
    public String name(String code) {
        return measure(code).map(measure -> text(measure.nameKey())).orElse(code);
    }

    /** Values asked for within one request; nothing outlives it, so the next request sees new data. */
    Session session() {
        return new Session();
    }

    final class Session {

        private final Map<String, Optional<MeasureValue>> computed = new HashMap<>();
        private final Map<String, Optional<Measure>> measures = new HashMap<>();

        Optional<Measure> measure(String code) {
            return measures.computeIfAbsent(code, MeasureCatalogue.this::measure);
        }

        /** The value, or empty when no module offers the measure (any more). */
        Optional<MeasureValue> compute(String code, LocalDate from, LocalDate to) {
            return computed.computeIfAbsent(code + "|" + from + "|" + to, key -> owner(code)
                    .map(module -> module.compute(code, from, to)));
        }

        private Optional<ProgrammeMeasures> owner(String code) {
            return modules.orderedStream()
                    .filter(module -> module.measures().stream().anyMatch(measure -> measure.code().equals(code)))
                    .findFirst();
        }
    }

    private String text(String key) {
        return key == null ? null : messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
