package pl.koordynator.es.localplans;

/**
 * A comment on a section.
 *
 * @param suggestedText the full wording the commenter proposes for the section; null or blank for none
 */
public record CommentInput(String text, String suggestedText) {
}
