package pl.koordynator.es.shared.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Finds which parameter of a query Tomcat could not decode, so that the answer can name the
 * field as for any other bad input. Run only after Tomcat has refused the query (its own error
 * names the parameter in a message meant for logs, in the server's language).
 */
final class RawQuery {

    private RawQuery() {
    }

    /**
     * The decoded name of the first parameter whose name or value is not percent-encoded UTF-8;
     * empty when that name itself cannot be read (or is missing, as in {@code ?=1}) or when every
     * parameter decodes (Tomcat refused the query for another reason, such as too many parameters).
     */
    static Optional<String> firstUndecodableParameter(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (name == null || name.isEmpty()) {
                return Optional.empty();
            }
            if (equals >= 0 && decode(pair.substring(equals + 1)) == null) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** {@code application/x-www-form-urlencoded} text in UTF-8, or null when it is not. */
    static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1))
                        || !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
                    return null;
                }
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
