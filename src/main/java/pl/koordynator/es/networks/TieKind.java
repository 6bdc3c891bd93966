package pl.koordynator.es.networks;

/** What binds two organisations; a supply or service contract has a direction (buyer → supplier). */
public enum TieKind {
    SUPPLY_CONTRACT, COOPERATION_AGREEMENT, MENTORING, RESEARCH_PROJECT, VOLUNTEERING, SPONSORSHIP, JOINT_EVENT,
    OTHER
}
