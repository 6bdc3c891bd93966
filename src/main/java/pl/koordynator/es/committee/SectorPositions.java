package pl.koordynator.es.committee;

import java.util.List;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** The register of positions submitted on behalf of the sector: public to read, kept by ROPS. */
public interface SectorPositions {

    /** Positions, the latest deadline first. */
    PageOf<PositionView> positions(PositionQuery query, Paging paging);

    PositionView position(long positionId);

    PositionView createPosition(PositionInput input);

    PositionView updatePosition(long positionId, PositionInput input);

    AttachmentView attachToPosition(long positionId, String fileName, byte[] content);

    void removePositionAttachment(long positionId, long attachmentId);

    AttachmentFile positionAttachment(long positionId, long attachmentId);

    /** Positions not yet submitted whose deadline falls within {@code days} from today, the nearest first. */
    List<PositionView> deadlinesComing(int days);
}
