package pl.koordynator.es.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.springframework.util.unit.DataSize;

/**
 * Refuses an XLSX (a zip) that unpacks to too much before anything parses it. Every entry is
 * unpacked and thrown away, counting the bytes that actually come out, not the sizes the archive
 * declares (a bomb lies about them), and the check stops as soon as a limit is passed, so a bomb
 * is never unpacked in full.
 *
 * <p>The entries are those of the central directory, read with the same library (commons-compress)
 * as fastexcel's reader, so the check sees exactly what the reader would unpack: a sequential walk
 * of the local headers misses entries that overlap one another (Fifield's "better zip bomb"), and
 * cannot even read the XLSX files fastexcel writes.
 */
public final class ZipBombCheck {

    /** An entry may unpack this far before its ratio counts; small entries compress well for nothing. */
    static final long GRACE = 100 * 1024;
    /** Real workbooks have a few dozen entries; parsing a central directory of millions costs memory. */
    static final int MAX_ENTRIES = 10_000;

    private static final byte[] CENTRAL_DIRECTORY_HEADER = {'P', 'K', 1, 2};

    private ZipBombCheck() {
    }

    /**
     * Passes when the whole archive unpacks to at most {@code maxUnpacked} and no entry unpacks to
     * more than {@code maxRatio} times its compressed bytes; otherwise a problem naming {@code file}
     * ({@code file.unpacksTooLarge}). An archive that cannot be read at all is an {@link IOException},
     * for the reader to report in its own words.
     */
    public static void require(byte[] zip, DataSize maxUnpacked, int maxRatio) throws IOException {
        if (centralDirectoryHeaders(zip) > MAX_ENTRIES) {
            throw tooLarge(maxUnpacked, maxRatio);
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile archive = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            Enumeration<ZipArchiveEntry> entries = archive.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                try (InputStream unpacked = archive.getInputStream(entry)) {
                    InputStreamStatistics statistics = (InputStreamStatistics) unpacked;
                    int read;
                    while ((read = unpacked.read(buffer)) >= 0) {
                        total += read;
                        long out = statistics.getUncompressedCount();
                        if (total > maxUnpacked.toBytes()
                                || out > GRACE && out > (double) maxRatio * Math.max(1, statistics.getCompressedCount())) {
                            throw tooLarge(maxUnpacked, maxRatio);
                        }
                    }
                }
            }
        } catch (RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException) {
                throw unreadable;
            }
            // commons-compress reports some broken archives unchecked
            throw new IOException("unreadable zip", unreadable);
        }
    }

    /** Counted in the raw bytes, before the central directory is parsed; a chance match only counts more. */
    static int centralDirectoryHeaders(byte[] zip) {
        int count = 0;
        for (int i = 0; i + 3 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == CENTRAL_DIRECTORY_HEADER[2]
                    && zip[i + 3] == CENTRAL_DIRECTORY_HEADER[3]) {
                count++;
            }
        }
        return count;
    }

    private static InvalidInputException tooLarge(DataSize maxUnpacked, int maxRatio) {
        return InvalidInputException.of("file", "file.unpacksTooLarge", Uploads.megabytes(maxUnpacked), maxRatio);
    }
}
