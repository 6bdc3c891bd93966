package pl.koordynator.es.catalogue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.catalogue.OfferPhoto;
import pl.koordynator.es.catalogue.OfferStatus;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;

/**
 * The photos of an offer: added, moved and removed by whoever may edit the offer
 * ({@link OfferService#requireEditable}), at most {@value #MAX_PHOTOS}, each with its alternative
 * text for people who do not see it. Photos are part of what the reviewer checked, so adding or
 * removing one sends a published offer back to review ({@link OfferService#photosChanged}).
 * Served to anyone while the offer is published, otherwise only to who may see the offer.
 */
@Service
public class OfferPhotoService {

    static final String ENTITY = "OfferPhoto";

    /** Photos an offer may have. */
    public static final int MAX_PHOTOS = 5;

    /** The longest alternative text: a sentence or two, as screen readers read them. */
    public static final int MAX_ALT = 300;

    /** One version of a photo as served: JPEG bytes, and an ETag that changes with them. */
    public record PhotoFile(byte[] content, String contentType, String etag, boolean publiclyVisible) {
    }

    private final JdbcClient jdbc;
    private final OfferService offers;
    private final PhotoProcessor processor;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    OfferPhotoService(JdbcClient jdbc, OfferService offers, PhotoProcessor processor, AuditTrail audit,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.offers = offers;
        this.processor = processor;
        this.audit = audit;
        this.transactions = transactions;
    }

    /**
     * Adds a photo after the others. The picture is checked and re-encoded before the offer is
     * locked, so a slow upload holds no lock; the count is checked again under the lock, so two
     * uploads at once cannot make a sixth photo.
     */
    public OfferPhoto add(long offerId, byte[] file, String alt) {
        offers.requireEditable(offerId);
        String text = alt == null ? "" : alt.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("alt", "catalogue.photos.altRequired"));
        } else if (text.length() > MAX_ALT) {
            problems.add(new FieldProblem("alt", "catalogue.photos.altTooLong", new Object[] {MAX_ALT}));
        }
        if (count(offerId) >= MAX_PHOTOS) {
            problems.add(new FieldProblem("photo", "catalogue.photos.tooMany", new Object[] {MAX_PHOTOS}));
        }
        PhotoProcessor.ProcessedPhoto photo = null;
        if (problems.stream().noneMatch(problem -> problem.field().equals("photo"))) {
            try {
                photo = processor.process(file);
            } catch (InvalidInputException refused) {
                problems.addAll(refused.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PhotoProcessor.ProcessedPhoto processed = photo;
        return transactions.execute(status -> {
            lockOffer(offerId);
            if (count(offerId) >= MAX_PHOTOS) {
                throw InvalidInputException.of("photo", "catalogue.photos.tooMany", MAX_PHOTOS);
            }
            long id = jdbc.sql("""
                    insert into catalogue_offer_photo (offer_id, position, alt_text, content_type, width, height,
                        thumbnail, large, sha256)
                    values (:offer, (select coalesce(max(position), 0) + 1 from catalogue_offer_photo
                                     where offer_id = :offer),
                            :alt, :type, :width, :height, :thumbnail, :large, :sha256)
                    returning id""")
                    .param("offer", offerId).param("alt", text).param("type", PhotoProcessor.CONTENT_TYPE)
                    .param("width", processed.width()).param("height", processed.height())
                    .param("thumbnail", processed.thumbnail()).param("large", processed.large())
                    .param("sha256", processed.sha256()).query(Long.class).single();
            offers.photosChanged(offerId);
            OfferPhoto added = photo(offerId, id);
            audit.created(ENTITY, id, Map.of("offerId", offerId, "position", added.position(), "alt", text,
                    "width", processed.width(), "height", processed.height(), "sha256", processed.sha256()));
            return added;
        });
    }

    /** Removes a photo; the others keep their order. */
    public void delete(long offerId, long photoId) {
        offers.requireEditable(offerId);
        transactions.executeWithoutResult(status -> {
            lockOffer(offerId);
            OfferPhoto photo = photo(offerId, photoId);
            jdbc.sql("delete from catalogue_offer_photo where id = :id").param("id", photoId).update();
            offers.photosChanged(offerId);
            audit.deleted(ENTITY, photoId, Map.of("offerId", offerId, "position", photo.position(), "alt", photo.alt()));
        });
    }

    /**
     * Moves a photo one place towards the front (the first photo is the offer's picture in
     * lists). Only the order changes, which the reviewer need not see again.
     */
    public void moveUp(long offerId, long photoId) {
        offers.requireEditable(offerId);
        transactions.executeWithoutResult(status -> {
            lockOffer(offerId);
            OfferPhoto photo = photo(offerId, photoId);
            Optional<OfferPhoto> previous = photos(offerId).stream()
                    .filter(other -> other.position() < photo.position())
                    .reduce((first, second) -> second);
            if (previous.isEmpty()) {
                return;
            }
            setPosition(photo.id(), previous.get().position());
            setPosition(previous.get().id(), photo.position());
            audit.updated(ENTITY, photoId, Map.of("position", photo.position()),
                    Map.of("position", previous.get().position()));
        });
    }

    /** The photos of an offer in their order, without checking who asks (the offer's view shows them). */
    public List<OfferPhoto> photos(long offerId) {
        return jdbc.sql("select id, position, alt_text from catalogue_offer_photo where offer_id = :offer order by position, id")
                .param("offer", offerId)
                .query((rs, row) -> new OfferPhoto(rs.getLong("id"), rs.getInt("position"), rs.getString("alt_text")))
                .list();
    }

    /**
     * A version of a photo: to anyone while its offer is published by an active organisation,
     * else to those who may see the offer ({@link OfferService#offer}); not found to others.
     */
    public PhotoFile file(long photoId, boolean thumbnail) {
        record Owner(long offerId, String status, boolean active, String sha256) {
        }
        Owner owner = jdbc.sql("""
                select p.offer_id, o.status, o.organisation_active, p.sha256
                from catalogue_offer_photo p join catalogue_offer o on o.id = p.offer_id where p.id = :id""")
                .param("id", photoId)
                .query((rs, row) -> new Owner(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .optional().orElseThrow(() -> new NotFoundException("photo", photoId));
        boolean published = owner.active() && OfferStatus.PUBLISHED.name().equals(owner.status());
        if (!published) {
            offers.offer(owner.offerId());
        }
        byte[] content = jdbc.sql("select " + (thumbnail ? "thumbnail" : "large") + " from catalogue_offer_photo where id = :id")
                .param("id", photoId).query((rs, row) -> rs.getBytes(1)).optional()
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        String etag = "\"" + (owner.sha256() == null ? photoId : owner.sha256()) + (thumbnail ? "-t" : "-l") + "\"";
        return new PhotoFile(content, PhotoProcessor.CONTENT_TYPE, etag, published);
    }

    private int count(long offerId) {
        return jdbc.sql("select count(*) from catalogue_offer_photo where offer_id = :offer")
                .param("offer", offerId).query(Integer.class).single();
    }

    private void lockOffer(long offerId) {
        jdbc.sql("select id from catalogue_offer where id = :id for update").param("id", offerId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("offer", offerId));
    }

    private OfferPhoto photo(long offerId, long photoId) {
        return photos(offerId).stream().filter(photo -> photo.id() == photoId).findFirst()
                .orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    private void setPosition(long photoId, int position) {
        jdbc.sql("update catalogue_offer_photo set position = :position where id = :id")
                .param("position", position).param("id", photoId).update();
    }
}
