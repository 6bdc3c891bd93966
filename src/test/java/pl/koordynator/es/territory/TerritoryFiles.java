package pl.koordynator.es.territory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The official reference files, read in place from the shared data directory beside the project. */
public final class TerritoryFiles {

    public static final Path DATA = Path.of("../shared/data");

    private TerritoryFiles() {
    }

    public static byte[] read(String name) {
        try {
            return Files.readAllBytes(DATA.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(read(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
