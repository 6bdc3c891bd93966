package pl.koordynator.es.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Uploaded text files as Polish offices produce them: UTF-8 with or without a BOM, or
 * Windows-1250 from older Excel and GUS exports.
 */
public final class TextFiles {

    public static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

    private TextFiles() {
    }

    /** Valid UTF-8 (with or without BOM) is read as UTF-8, anything else as Windows-1250. */
    public static String decode(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(file, WINDOWS_1250);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
