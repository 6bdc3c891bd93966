package pl.koordynator.es.catalogue.domain;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The picture of a news item, made the way offer photos are: recognised by its content, decoded
 * and written again (so nothing of the original file, EXIF and GPS included, survives), a
 * thumbnail and a large version.
 */
@Component
class NewsPictures {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int THUMBNAIL = 400;
    static final int LARGE = 1200;

    record Picture(String contentType, int width, int height, byte[] thumbnail, byte[] large, String sha256) {
    }

    Picture process(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("image", "catalogue.news.image.tooLarge", 5);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException unreadable) {
            image = null;
        }
        if (image == null) {
            throw InvalidInputException.of("image", "catalogue.news.image.notImage");
        }
        BufferedImage large = scaled(image, LARGE);
        byte[] largeBytes = jpeg(large);
        return new Picture("image/jpeg", large.getWidth(), large.getHeight(), jpeg(scaled(image, THUMBNAIL)),
                largeBytes, sha256(largeBytes));
    }

    private static BufferedImage scaled(BufferedImage image, int longest) {
        double factor = Math.min(1.0, (double) longest / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
