package pl.koordynator.es.catalogue;

import java.util.Locale;

/** A category of offers: a top category ({@code parentCode} null) or one of its subcategories. */
public record Category(String code, String parentCode, String namePl, String nameEn, int position) {

    public boolean isTop() {
        return parentCode == null;
    }

    /** The name in the language of the page: Polish unless English was asked for. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : namePl;
    }
}
