package pl.koordynator.es.catalogue.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.catalogue.CatalogueMarks;
import pl.koordynator.es.catalogue.MarkApplicationInput;
import pl.koordynator.es.catalogue.MarkApplicationStatus;
import pl.koordynator.es.catalogue.MarkApplicationView;
import pl.koordynator.es.catalogue.MarkBoardMember;
import pl.koordynator.es.catalogue.MarkDecisionInput;
import pl.koordynator.es.catalogue.MarkEvidenceFile;
import pl.koordynator.es.catalogue.MarkOfferOption;
import pl.koordynator.es.catalogue.MarkView;
import pl.koordynator.es.catalogue.MarkVoteInput;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The mark's facade and its transactions: each call goes to the part of the mark it is about:
 * applying ({@link MarkApplications}) with its evidence ({@link MarkEvidence}), the board and its
 * decisions ({@link MarkBoard}) or the licences ({@link MarkLicences}); see {@link CatalogueMarks}.
 */
@Service
@Transactional
class MarkService implements CatalogueMarks {

    static final String APPLICATION_ENTITY = "CatalogueMarkApplication";
    static final String VOTE_ENTITY = "CatalogueMarkVote";
    static final String LICENCE_ENTITY = "CatalogueMarkLicence";
    static final String BOARD_ENTITY = "CatalogueMarkBoardMember";

    private final MarkApplications applications;
    private final MarkApplicationReader reader;
    private final MarkBoard board;
    private final MarkLicences licences;
    private final MarkEvidence evidence;

    MarkService(MarkApplications applications, MarkApplicationReader reader, MarkBoard board,
            MarkLicences licences, MarkEvidence evidence) {
        this.applications = applications;
        this.reader = reader;
        this.board = board;
        this.licences = licences;
        this.evidence = evidence;
    }

    // --- licences

    @Override
    @Transactional(readOnly = true)
    public PageOf<MarkView> valid(Paging paging) {
        return licences.valid(paging);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MarkView> expiringWithin(int days) {
        return licences.expiringWithin(days);
    }

    @Override
    public void revoke(long licenceId, String reason) {
        licences.revoke(licenceId, reason);
    }

    // --- applying

    @Override
    public MarkApplicationView apply(MarkApplicationInput input) {
        return applications.apply(input, null);
    }

    @Override
    public MarkApplicationView apply(MarkApplicationInput input, MarkEvidenceFile file) {
        return applications.apply(input, file);
    }

    @Override
    public MarkApplicationView attachEvidence(long applicationId, MarkEvidenceFile file) {
        return evidence.attach(applicationId, file);
    }

    @Override
    @Transactional(readOnly = true)
    public MarkEvidenceFile evidence(long applicationId) {
        return evidence.read(applicationId);
    }

    @Override
    @Transactional(readOnly = true)
    public MarkEvidenceFile boardEvidence(long applicationId) {
        return evidence.boardRead(applicationId);
    }

    @Override
    @Transactional(readOnly = true)
    public MarkApplicationView application(long id) {
        return applications.application(id);
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<MarkApplicationView> applications(MarkApplicationStatus status, Paging paging) {
        return reader.applications(status, paging);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MarkOfferOption> offersToApplyFor() {
        return applications.offersToApplyFor();
    }

    @Override
    public MarkApplicationView withdraw(long applicationId) {
        return applications.withdraw(applicationId);
    }

    // --- the board

    @Override
    @Transactional(readOnly = true)
    public MarkApplicationView boardApplication(long id) {
        return board.boardApplication(id);
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<MarkApplicationView> boardQueue(MarkApplicationStatus status, Paging paging) {
        return board.boardQueue(status, paging);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MarkApplicationView> awaitingMyVote() {
        return board.awaitingMyVote();
    }

    @Override
    public MarkApplicationView vote(long applicationId, MarkVoteInput vote) {
        return board.vote(applicationId, vote);
    }

    @Override
    public MarkApplicationView decide(long applicationId, MarkDecisionInput decision) {
        return board.decide(applicationId, decision);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean onBoard() {
        return board.onBoard();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MarkBoardMember> board() {
        return board.members();
    }

    @Override
    public MarkBoardMember addBoardMember(String username) {
        return board.addBoardMember(username);
    }

    @Override
    public void removeBoardMember(long userId) {
        board.removeBoardMember(userId);
    }
}
