package pl.koordynator.es.events;

/** Topics an event is about; the calendar filters by them and the activity plan compares them. */
public enum EventTopic {
    ES_BASICS, LEGAL, ACCOUNTING, FINANCING, MARKETING, BUSINESS_PLAN, REINTEGRATION, PUBLIC_PROCUREMENT,
    SOCIAL_CLAUSES, COOPERATION, PROMOTION, OTHER
}
