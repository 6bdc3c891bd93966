package pl.koordynator.es.catalogue;

import java.util.Optional;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * News of the social economy: public once published and due, written by ROPS. Public reads
 * never show a draft or an item scheduled for later, whoever asks (a reader opening its address
 * early gets 404); ROPS's reads show everything.
 */
public interface CatalogueNews {

    /** Published and due news, the latest first; {@code category} null for all. */
    PageOf<NewsView> published(NewsCategory category, Paging paging);

    /** A published and due news item; {@link pl.koordynator.es.shared.NotFoundException} otherwise. */
    NewsView publishedNews(long id);

    /** A published and due item by its slug. */
    Optional<NewsView> publishedBySlug(String slug);

    /** Every news item, scheduled and drafts included, the latest first (ROPS). */
    PageOf<NewsView> all(Paging paging);

    /** Any news item (ROPS). */
    NewsView news(long id);

    NewsView create(NewsInput input);

    NewsView update(long id, NewsInput input);

    /** Makes a draft public from its publish time on (now, if the time is past). */
    NewsView publish(long id);

    /** Takes a published item back to draft. */
    NewsView unpublish(long id);

    void delete(long id);

    /** Sets the picture: any JPEG, PNG or WebP, re-encoded without metadata; {@code alt} required. */
    NewsView setImage(long id, byte[] content, String alt);

    NewsView removeImage(long id);

    /** The picture of a news item the caller may see, {@code large} or the thumbnail. */
    Optional<NewsImageFile> image(long id, boolean large);
}
