package pl.koordynator.es.catalogue.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.catalogue.OfferPhoto;
import pl.koordynator.es.catalogue.domain.OfferPhotoService;

/**
 * Photos of an offer over the API: multipart {@code photo} (JPEG, PNG or WebP, at most 5 MB) and
 * {@code alt} (required); the created photo's {@code Location} is its large version.
 */
@RestController
class PhotoApi {

    private final OfferPhotoService photos;

    PhotoApi(OfferPhotoService photos) {
        this.photos = photos;
    }

    @PostMapping("/api/v1/catalogue/offers/{offerId:\\d+}/photos")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OfferPhoto> add(@PathVariable long offerId,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            @RequestParam(name = "alt", required = false) String alt, UriComponentsBuilder uri) throws IOException {
        OfferPhoto added = photos.add(offerId, photo == null ? null : photo.getBytes(), alt);
        return ResponseEntity.created(uri.path("/katalog/zdjecia/{id}/large").build(added.id())).body(added);
    }

    @DeleteMapping("/api/v1/catalogue/offers/{offerId:\\d+}/photos/{photoId:\\d+}")
    ResponseEntity<Void> delete(@PathVariable long offerId, @PathVariable long photoId) {
        photos.delete(offerId, photoId);
        return ResponseEntity.noContent().build();
    }
}
