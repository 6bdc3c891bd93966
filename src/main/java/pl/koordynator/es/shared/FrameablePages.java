package pl.koordynator.es.shared;

import java.util.List;

/**
 * Pages a module lets other sites show in a frame, such as a widget meant for the websites of
 * local governments. Every other page keeps {@code frame-ancestors 'none'} and
 * {@code X-Frame-Options: DENY} (clickjacking); for these paths the security module sends
 * {@code frame-ancestors} with {@link #ancestors()} instead and no {@code X-Frame-Options}, whose
 * only values cannot name other sites. A frameable page must hold no form or button that acts for
 * a signed-in person: a framing site could trick a visitor into clicking it.
 */
public interface FrameablePages {

    /** Path patterns of the pages (Spring's PathPattern syntax, e.g. {@code /katalog/widzet}). */
    List<String> paths();

    /** The CSP sources of the sites that may frame them: {@code *} or origins like {@code https://gdansk.pl}. */
    List<String> ancestors();
}
