package pl.koordynator.es.networks.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Networks, their members over time and their meetings; scoping and audit inside. */
@Service
public class NetworkService {

    public NetworksAccess.Viewer viewer() {
        throw new UnsupportedOperationException("skeleton");
    }

    public PageOf<NetworkView> search(NetworkQuery query, Paging paging) {
        throw new UnsupportedOperationException("skeleton");
    }

    public NetworkView get(long id) {
        throw new UnsupportedOperationException("skeleton");
    }

    public NetworkView create(NetworkInput input) {
        throw new UnsupportedOperationException("skeleton");
    }

    public NetworkView update(long id, NetworkInput input) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Every membership, past and current, by joining date. */
    public List<MemberView> members(long networkId) {
        throw new UnsupportedOperationException("skeleton");
    }

    public MemberView addMember(long networkId, MemberInput input) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Ends the current membership on {@code leftOn} (today when null); the history stays. */
    public MemberView endMember(long networkId, long organisationId, String leftOn) {
        throw new UnsupportedOperationException("skeleton");
    }

    public List<MeetingView> meetings(long networkId) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Links an event of type NETWORK_MEETING to the network. */
    public MeetingView linkMeeting(long networkId, long eventId) {
        throw new UnsupportedOperationException("skeleton");
    }

    public void unlinkMeeting(long networkId, long eventId) {
        throw new UnsupportedOperationException("skeleton");
    }
}
