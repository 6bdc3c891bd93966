package pl.koordynator.es.catalogue.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import pl.koordynator.es.catalogue.domain.OfferPhotoService;
import pl.koordynator.es.catalogue.domain.OfferPhotoService.PhotoFile;

/**
 * The photo files: {@code thumb} for lists, {@code large} for the offer's page. A photo's content
 * never changes under its id (a new picture is a new photo), so a published one is cached a week
 * by anyone and revalidated by its ETag; one not published is cached by nobody but its browser.
 */
@Controller
class PhotoFiles {

    private final OfferPhotoService photos;

    PhotoFiles(OfferPhotoService photos) {
        this.photos = photos;
    }

    @GetMapping("/katalog/zdjecia/{photoId:\\d+}/{version:thumb|large}")
    ResponseEntity<byte[]> file(@PathVariable long photoId, @PathVariable String version, WebRequest request) {
        PhotoFile file = photos.file(photoId, version.equals("thumb"));
        CacheControl cache = file.publiclyVisible() ? CacheControl.maxAge(Duration.ofDays(7)).cachePublic()
                : CacheControl.noCache().cachePrivate();
        if (request.checkNotModified(file.etag())) {
            return ResponseEntity.status(304).cacheControl(cache).eTag(file.etag()).build();
        }
        return ResponseEntity.ok().cacheControl(cache).eTag(file.etag())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(file.content());
    }
}
