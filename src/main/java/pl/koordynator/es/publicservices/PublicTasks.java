package pl.koordynator.es.publicservices;

import java.util.List;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Public tasks commissioned by JST in open calls. ROPS enters any; a PARTNER account those of the JST
 * it acts for; every signed-in user reads them.
 */
public interface PublicTasks {

    PublicTaskView create(PublicTaskInput input);

    PublicTaskView update(long id, long version, PublicTaskInput input);

    void delete(long id);

    PublicTaskView task(long id);

    /** The latest call first. */
    PageOf<PublicTaskView> tasks(PublicTaskQuery query, Paging paging);

    /** Calls still open for offers, the nearest deadline first; for matching. */
    List<PublicTaskView> openCalls();
}
