package pl.koordynator.es.committee;

import java.util.List;

/** An item of a meeting's agenda, in order from 1, with its PDF attachments. */
public record AgendaItemView(long id, int position, String title, String presenter, List<AttachmentView> attachments) {
}
