package pl.koordynator.es.committee.web;

import pl.koordynator.es.committee.VoteCounts;

/** The counts of an anonymous vote as the chair announced them. */
class CountsForm {

    private String forVotes;
    private String against;
    private String abstain;

    VoteCounts toCounts() {
        CommitteeChoices.Problems problems = new CommitteeChoices.Problems();
        Integer yes = problems.number("forVotes", forVotes, true);
        Integer no = problems.number("against", against, true);
        Integer neither = problems.number("abstain", abstain, true);
        problems.throwIfAny();
        return new VoteCounts(yes, no, neither);
    }

    public String getForVotes() {
        return forVotes;
    }

    public void setForVotes(String forVotes) {
        this.forVotes = forVotes;
    }

    public String getAgainst() {
        return against;
    }

    public void setAgainst(String against) {
        this.against = against;
    }

    public String getAbstain() {
        return abstain;
    }

    public void setAbstain(String abstain) {
        this.abstain = abstain;
    }
}
