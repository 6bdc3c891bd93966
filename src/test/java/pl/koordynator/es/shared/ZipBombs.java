package pl.koordynator.es.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip bombs and other hostile archives, built in memory by streaming, for the upload tests. */
public final class ZipBombs {

    public static final long GIGABYTE = 1L << 30;

    private static byte[] gigabyteOfZeros;

    private ZipBombs() {
    }

    /** An XLSX-shaped zip whose sheet is 1 GiB of zeros, about 1 MB packed; built once, it takes a few seconds. */
    public static synchronized byte[] sheetOfAGigabyteOfZeros() {
        if (gigabyteOfZeros == null) {
            gigabyteOfZeros = zip("xl/worksheets/sheet1.xml", GIGABYTE, null);
        }
        return gigabyteOfZeros.clone();
    }

    /**
     * A zip of one entry {@code name} of {@code size} bytes: zeros, or text (digits and line
     * breaks, about 2.3 times compressible) when {@code random} is given.
     */
    public static byte[] zip(String name, long size, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name));
            byte[] chunk = new byte[1 << 20];
            for (long written = 0; written < size; written += chunk.length) {
                if (random != null) {
                    for (int i = 0; i < chunk.length; i++) {
                        chunk[i] = (byte) (i % 80 == 79 ? '\n' : '0' + random.nextInt(10));
                    }
                }
                zip.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip of {@code entries} empty entries. */
    public static byte[] manyEntries(int entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The archive with its last entry listed {@code copies} times in the central directory, each
     * copy pointing at the same packed data (entries that overlap): a reader of the central
     * directory unpacks it {@code copies} times, a walk of the local headers once.
     */
    public static byte[] withOverlappingCopies(byte[] zip, int copies) {
        ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        if (in.getInt(end) != 0x06054b50) {
            throw new IllegalArgumentException("an archive without a comment is expected");
        }
        int entries = in.getShort(end + 10) & 0xffff;
        int directorySize = in.getInt(end + 12);
        int directoryStart = in.getInt(end + 16);
        int last = directoryStart;
        for (int i = 0; i < entries - 1; i++) {
            last += recordLength(in, last);
        }
        int lastLength = recordLength(in, last);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(zip, 0, directoryStart + directorySize);
        for (int copy = 1; copy < copies; copy++) {
            out.write(zip, last, lastLength);
        }
        ByteBuffer trailer = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        trailer.putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) (entries + copies - 1)).putShort((short) (entries + copies - 1))
                .putInt(directorySize + (copies - 1) * lastLength).putInt(directoryStart).putShort((short) 0);
        out.write(trailer.array(), 0, 22);
        return out.toByteArray();
    }

    private static int recordLength(ByteBuffer zip, int at) {
        if (zip.getInt(at) != 0x02014b50) {
            throw new IllegalArgumentException("no central directory record at " + at);
        }
        return 46 + (zip.getShort(at + 28) & 0xffff) + (zip.getShort(at + 30) & 0xffff)
                + (zip.getShort(at + 32) & 0xffff);
    }
}
