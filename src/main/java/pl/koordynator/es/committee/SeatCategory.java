package pl.koordynator.es.committee;

/** The ten seat categories of art. 57(1) of the Act of 5 August 2022 on the social economy. */
public enum SeatCategory {
    MARSHAL, VOIVODE, JST, PES, PUBLIC_BENEFIT_COUNCIL, COOPERATIVE_UNIONS, RESEARCH_INSTITUTES, UNIVERSITIES, TRADE_UNIONS, EMPLOYERS
}
