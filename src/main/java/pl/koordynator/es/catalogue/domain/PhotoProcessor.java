package pl.koordynator.es.catalogue.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Uploads;

/**
 * Turns an uploaded picture into the two JPEGs the catalogue serves: a thumbnail for lists and a
 * version at most 1200 px on its long side for the offer page. The picture is recognised by its
 * first bytes (JPEG, PNG or WebP), never by its name or declared type, and is decoded and encoded
 * again, so nothing of the original file reaches a visitor: no EXIF (a phone's GPS position of the
 * PES's workshop or a person's home), no XMP, no comments, no hidden payload after the image.
 * The EXIF orientation of a JPEG is applied before it is dropped, so a phone photo stands upright.
 * Transparency is flattened on white, as JPEG has none.
 */
@Component
public class PhotoProcessor {

    /** The type of both versions served. */
    public static final String CONTENT_TYPE = "image/jpeg";

    /** The largest file taken: 5 MB, as the issue asks. */
    public static final DataSize MAX_FILE = DataSize.ofMegabytes(5);

    /** The long side of the large version; smaller pictures are never enlarged. */
    public static final int LARGE = 1200;

    /** The long side of the thumbnail. */
    public static final int THUMBNAIL = 400;

    /**
     * Pixels a picture may declare in its header: 40 MP is more than any phone or camera a PES uses
     * takes, while a tiny file declaring 50,000 × 50,000 pixels (a decompression bomb) would need
     * 10 GB of memory to decode.
     */
    public static final long MAX_PIXELS = 40_000_000L;

    private static final float QUALITY = 0.85f;

    /**
     * A long side the decoder reads at least: a picture twice as large as the large version is read
     * subsampled, which keeps a 40 MP photo at a few tens of MB of memory and still leaves the
     * resizer enough pixels for a sharp result.
     */
    private static final int DECODE_LONG_SIDE = 2 * LARGE;

    /** One processed picture: both versions, the large one's size, and its SHA-256 (for the ETag). */
    public record ProcessedPhoto(byte[] thumbnail, byte[] large, int width, int height, String sha256) {
    }

    private enum Format { JPEG, PNG, WEBP }

    /** Processes a picture uploaded in the field {@code photo}. */
    public ProcessedPhoto process(byte[] file) {
        return process(file, "photo");
    }

    /**
     * Processes a picture uploaded in the form field {@code field}; every refusal is an
     * {@link InvalidInputException} naming that field.
     */
    public ProcessedPhoto process(byte[] file, String field) {
        if (file == null || file.length == 0) {
            throw InvalidInputException.of(field, "catalogue.photos.required");
        }
        if (file.length > MAX_FILE.toBytes()) {
            throw InvalidInputException.of(field, "file.tooLarge", Uploads.megabytes(MAX_FILE));
        }
        Format format = sniff(file);
        if (format == null) {
            throw InvalidInputException.of(field, "catalogue.photos.notImage");
        }
        BufferedImage decoded = decode(file, format, field);
        try {
            BufferedImage large = resize(decoded, LARGE);
            byte[] largeJpeg = jpeg(large);
            byte[] thumbnailJpeg = jpeg(resize(large, THUMBNAIL));
            return new ProcessedPhoto(thumbnailJpeg, largeJpeg, large.getWidth(), large.getHeight(), sha256(largeJpeg));
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a photo", e);
        }
    }

    /**
     * Encodes a picture drawn on the server at both served sizes (the demo catalogue's): the same
     * JPEG encoding as an upload, without the sniffing, decoding and resizing that only a file from
     * outside needs, as drawn pictures carry no metadata and are drawn at their size.
     */
    ProcessedPhoto encodeDrawn(BufferedImage large, BufferedImage thumbnail) {
        try {
            byte[] largeJpeg = jpeg(large);
            return new ProcessedPhoto(jpeg(thumbnail), largeJpeg, large.getWidth(), large.getHeight(), sha256(largeJpeg));
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a drawn picture", e);
        }
    }

    private static Format sniff(byte[] file) {
        if (startsWith(file, 0, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(file, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        }
        if (startsWith(file, 0, 'R', 'I', 'F', 'F') && startsWith(file, 8, 'W', 'E', 'B', 'P')) {
            return Format.WEBP;
        }
        return null;
    }

    private static boolean startsWith(byte[] file, int offset, int... expected) {
        if (file.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((file[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage decode(byte[] file, Format format, String field) {
        ImageReader reader = reader(format);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(input, true, false);
            // The header alone tells the size: checked before a single pixel is decoded.
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw InvalidInputException.of(field, "catalogue.photos.unreadable");
            }
            if (width * height > MAX_PIXELS) {
                throw InvalidInputException.of(field, "catalogue.photos.tooManyPixels", MAX_PIXELS / 1_000_000);
            }
            Orientation orientation = format == Format.JPEG ? orientation(reader) : null;
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.max(width, height) / DECODE_LONG_SIDE);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            BufferedImage upright = orientation == null || orientation == Orientation.TOP_LEFT ? image
                    : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
            return onWhite(upright);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            // A truncated or corrupt file, or a variant the decoder does not know (CMYK JPEG, say).
            throw InvalidInputException.of(field, "catalogue.photos.unreadable");
        } finally {
            reader.dispose();
        }
    }

    /**
     * The WebP reader is created directly rather than looked up: ImageIO's registry scans the class
     * path once, with whichever class loader touches it first, and in Spring Boot's executable jar
     * that can miss the plugin's nested jar.
     */
    private static ImageReader reader(Format format) {
        if (format == Format.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        return readers.next();
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            // A broken EXIF block only costs the rotation; the picture itself may be fine.
            return null;
        }
    }

    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static BufferedImage resize(BufferedImage image, int longSide) throws IOException {
        if (Math.max(image.getWidth(), image.getHeight()) <= longSide) {
            return image;
        }
        return Thumbnails.of(image).size(longSide, longSide).asBufferedImage();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.of(image).scale(1).outputFormat("jpg").outputQuality(QUALITY).toOutputStream(out);
        return out.toByteArray();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
