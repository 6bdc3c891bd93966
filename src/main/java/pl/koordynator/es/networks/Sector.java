package pl.koordynator.es.networks;

import pl.koordynator.es.registry.Kind;

/** The sector of an organisation for the measures of ties: every PES kind is one sector. */
public enum Sector {
    PES, OWES, JST, JSPS, IRP, BUSINESS, SCIENCE, OTHER;

    public static Sector of(Kind kind) {
        if (kind == null) {
            return OTHER;
        }
        if (kind.isPes()) {
            return PES;
        }
        return switch (kind) {
            case OWES -> OWES;
            case JST -> JST;
            case JSPS -> JSPS;
            case IRP -> IRP;
            case BUSINESS -> BUSINESS;
            case SCIENCE -> SCIENCE;
            default -> OTHER;
        };
    }

    /** Business and science: the sectors of the programme's "cross-sector" ties of PES. */
    public boolean crossSectorPartner() {
        return this == BUSINESS || this == SCIENCE;
    }
}
