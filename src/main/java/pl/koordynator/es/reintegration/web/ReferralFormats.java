package pl.koordynator.es.reintegration.web;

import java.util.Locale;

import org.springframework.stereotype.Component;

/** The pseudonym as people read it: {@code ${@referralFormats.pseudonym(key)}} gives {@code 7F3A-91C2-0B4D}. */
@Component("referralFormats")
class ReferralFormats {

    /** The first 12 hexadecimal characters of the person key, uppercase, in groups of four. */
    public String pseudonym(String personKey) {
        if (personKey == null || personKey.length() < 12) {
            return "";
        }
        String head = personKey.substring(0, 12).toUpperCase(Locale.ROOT);
        return head.substring(0, 4) + "-" + head.substring(4, 8) + "-" + head.substring(8, 12);
    }
}
