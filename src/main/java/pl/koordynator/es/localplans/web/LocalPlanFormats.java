package pl.koordynator.es.localplans.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Amounts in PLN as the plan pages show them, {@code 1 234 567,89 zł}: {@code ${@localPlanFormats.money(x)}}. */
@Component("localPlanFormats")
class LocalPlanFormats {

    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(POLISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        // a normal space rather than the locale's no-break one, so that tests and readers see "1 234 zł" alike
        return format.format(amount).replace('\u00a0', ' ').replace('\u202f', ' ') + " zł";
    }
}
