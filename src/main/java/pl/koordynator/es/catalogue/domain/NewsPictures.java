package pl.koordynator.es.catalogue.domain;

import org.springframework.stereotype.Component;

/**
 * The picture of a news item, made exactly as offer photos are ({@link PhotoProcessor}):
 * recognised by its content, decoded and written again (so nothing of the original file, EXIF and
 * GPS included, survives), a thumbnail and a 1200 px version. Problems name the field {@code image}.
 */
@Component
class NewsPictures {

    record Picture(String contentType, int width, int height, byte[] thumbnail, byte[] large, String sha256) {
    }

    private final PhotoProcessor processor;

    NewsPictures(PhotoProcessor processor) {
        this.processor = processor;
    }

    Picture process(byte[] content) {
        PhotoProcessor.ProcessedPhoto photo = processor.process(content, "image");
        return new Picture(PhotoProcessor.CONTENT_TYPE, photo.width(), photo.height(), photo.thumbnail(), photo.large(),
                photo.sha256());
    }
}
