package pl.koordynator.es.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

public class PhotoProcessorTest {

    private final PhotoProcessor processor = new PhotoProcessor();

    @Test
    void gpsPositionOfAPhoneJpegIsNotInEitherServedVersion() throws IOException {
        byte[] upload = withExif(jpeg(picture(300, 200, false)), exifWithGpsAndOrientation(1));
        assertThat(indexOf(upload, "Exif".getBytes(StandardCharsets.US_ASCII))).isPositive();
        assertThat(indexOf(upload, GPS_LATITUDE)).isPositive();

        PhotoProcessor.ProcessedPhoto photo = processor.process(upload);

        for (byte[] served : new byte[][] {photo.large(), photo.thumbnail()}) {
            assertThat(indexOf(served, "Exif".getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
            assertThat(indexOf(served, "MM\0*".getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
            assertThat(indexOf(served, GPS_LATITUDE)).isEqualTo(-1);
            assertThat(ImageIO.read(new ByteArrayInputStream(served))).isNotNull();
        }
        assertThat(photo.width()).isEqualTo(300);
        assertThat(photo.height()).isEqualTo(200);
    }

    @Test
    void aPhoneJpegTakenUprightIsTurnedAsItsExifOrientationSays() throws IOException {
        // Orientation 6: the sensor's picture must be turned 90° clockwise to stand upright.
        byte[] upload = withExif(jpeg(picture(300, 200, false)), exifWithGpsAndOrientation(6));

        PhotoProcessor.ProcessedPhoto photo = processor.process(upload);

        assertThat(photo.width()).isEqualTo(200);
        assertThat(photo.height()).isEqualTo(300);
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(photo.large()));
        assertThat(large.getWidth()).isEqualTo(200);
        // picture() paints its left third red: after a clockwise turn it is the top third.
        assertThat(isReddish(large.getRGB(100, 20))).isTrue();
        assertThat(isReddish(large.getRGB(100, 280))).isFalse();
    }

    @Test
    void aLargePictureGetsA1200pxVersionAndA400pxThumbnailAndASmallOneIsNeverEnlarged() throws IOException {
        PhotoProcessor.ProcessedPhoto big = processor.process(png(picture(3000, 1500, false)));
        assertThat(big.width()).isEqualTo(1200);
        assertThat(big.height()).isEqualTo(600);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(big.thumbnail()));
        assertThat(thumbnail.getWidth()).isEqualTo(400);
        assertThat(thumbnail.getHeight()).isEqualTo(200);
        assertThat(big.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(big.large())));

        PhotoProcessor.ProcessedPhoto small = processor.process(png(picture(120, 90, false)));
        assertThat(small.width()).isEqualTo(120);
        assertThat(small.height()).isEqualTo(90);
        assertThat(ImageIO.read(new ByteArrayInputStream(small.thumbnail())).getWidth()).isEqualTo(120);
    }

    @Test
    void aTransparentPngIsFlattenedOnWhiteAndServedAsJpeg() throws IOException {
        PhotoProcessor.ProcessedPhoto photo = processor.process(png(picture(200, 100, true)));

        assertThat(photo.large()[0] & 0xFF).isEqualTo(0xFF);
        assertThat(photo.large()[1] & 0xFF).isEqualTo(0xD8);
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(photo.large()));
        Color corner = new Color(large.getRGB(195, 95));
        assertThat(corner.getRed()).isGreaterThan(240);
        assertThat(corner.getGreen()).isGreaterThan(240);
        assertThat(corner.getBlue()).isGreaterThan(240);
    }

    @Test
    void lossyAndLosslessWebpAreRead() throws IOException {
        for (String name : new String[] {"photo-lossy.webp", "photo-lossless.webp"}) {
            PhotoProcessor.ProcessedPhoto photo = processor.process(resource(name));
            assertThat(photo.width()).as(name).isEqualTo(64);
            assertThat(photo.height()).as(name).isEqualTo(48);
            assertThat(ImageIO.read(new ByteArrayInputStream(photo.large()))).as(name).isNotNull();
        }
    }

    @Test
    void aPdfIsRefusedWhateverItIsCalled() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);

        assertRefused(() -> processor.process(pdf), "photo", "catalogue.photos.notImage");
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertRefused(() -> processor.process(new byte[0]), "photo", "catalogue.photos.required");
        assertRefused(() -> processor.process(null, "image"), "image", "catalogue.photos.required");
    }

    @Test
    void aFileOver5MegabytesIsRefusedBeforeItIsRead() {
        byte[] sixMegabytes = new byte[6 * 1024 * 1024];
        sixMegabytes[0] = (byte) 0xFF;
        sixMegabytes[1] = (byte) 0xD8;
        sixMegabytes[2] = (byte) 0xFF;

        assertThatThrownBy(() -> processor.process(sixMegabytes))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("photo", "file.tooLarge")));
    }

    @Test
    void aSmallPngDeclaringFiftyThousandPixelsSquareIsRefusedWithoutDecodingIt() {
        byte[] bomb = pngHeaderOnly(50_000, 50_000);
        assertThat(bomb.length).isLessThan(100);

        assertRefused(() -> processor.process(bomb), "photo", "catalogue.photos.tooManyPixels");
    }

    @Test
    void aBrokenImageIsRefusedAsUnreadable() throws IOException {
        byte[] real = jpeg(picture(300, 200, false));
        byte[] broken = Arrays.copyOf(real, 40);
        assertRefused(() -> processor.process(broken), "photo", "catalogue.photos.unreadable");

        byte[] riff = "RIFF\0\0\0\0WEBPgarbage-garbage-garbage".getBytes(StandardCharsets.US_ASCII);
        assertRefused(() -> processor.process(riff), "photo", "catalogue.photos.unreadable");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
            String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, key)));
    }

    // 54/1 21/1 0/1: a latitude of 54°21′ N (Gdańsk) as EXIF rationals, big-endian.
    private static final byte[] GPS_LATITUDE = ByteBuffer.allocate(24)
            .putInt(54).putInt(1).putInt(21).putInt(1).putInt(0).putInt(1).array();

    /** A picture whose left third is red and the rest blue; {@code transparent} leaves the right third clear. */
    public static BufferedImage picture(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 3, height);
        if (transparent) {
            graphics.setComposite(java.awt.AlphaComposite.Clear);
            graphics.fillRect(2 * width / 3, 0, width - 2 * width / 3, height);
        }
        graphics.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * An EXIF block as a phone writes it: IFD0 with the orientation and a pointer to the GPS IFD,
     * which holds the latitude reference and the latitude.
     */
    public static byte[] exifWithGpsAndOrientation(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(92);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
        tiff.putInt(0);
        tiff.put(GPS_LATITUDE);
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.capacity());
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.capacity()));
        app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array());
        return app1.array();
    }

    /** The JPEG with the APP1 segment after its JFIF segment, where cameras put theirs. */
    public static byte[] withExif(byte[] jpeg, byte[] app1) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.write(app1, 0, app1.length);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static boolean isReddish(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 180 && color.getBlue() < 80;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PhotoProcessorTest.class.getResourceAsStream("/catalogue/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
