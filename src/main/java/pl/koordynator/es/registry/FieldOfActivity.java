package pl.koordynator.es.registry;

/** An entry of the dictionary of fields of activity, named in both languages. */
public record FieldOfActivity(String code, String namePl, String nameEn) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : namePl;
    }
}
