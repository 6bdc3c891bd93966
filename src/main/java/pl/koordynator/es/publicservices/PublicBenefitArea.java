package pl.koordynator.es.publicservices;

/** Areas of public benefit (art. 4(1) of the Act on public benefit activity and volunteering) most used in open calls. */
public enum PublicBenefitArea {
    SOCIAL_ASSISTANCE, SOCIAL_INTEGRATION, DISABLED_PERSONS, EMPLOYMENT, FAMILY, SENIORS, CHILDREN_AND_YOUTH,
    EDUCATION, CULTURE, SPORT, HEALTH, TOURISM, ECOLOGY, PUBLIC_SAFETY, CIVIC_ACTIVITY, OTHER
}
