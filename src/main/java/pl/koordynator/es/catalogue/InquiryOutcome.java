package pl.koordynator.es.catalogue;

/** What the PES says came of an inquiry. */
public enum InquiryOutcome {
    NEW, ANSWERED, WON, LOST
}
