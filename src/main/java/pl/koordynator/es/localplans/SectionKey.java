package pl.koordynator.es.localplans;

import java.util.Locale;

/**
 * The text sections of a plan, in the order of the document. Each is written in versions and
 * commented; goals, actions and indicators also have their rows ({@link LocalPlanView}), the section
 * holds the text around them.
 */
public enum SectionKey {
    DIAGNOSIS, GOALS, ACTIONS, INDICATORS, IMPLEMENTATION;

    /** As in URLs: {@code diagnosis}, {@code implementation}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The section of a URL's slug (any case); null for an unknown one. */
    public static SectionKey ofSlug(String slug) {
        if (slug == null) {
            return null;
        }
        for (SectionKey key : values()) {
            if (key.slug().equalsIgnoreCase(slug)) {
                return key;
            }
        }
        return null;
    }
}
