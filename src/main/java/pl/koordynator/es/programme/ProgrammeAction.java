package pl.koordynator.es.programme;

/**
 * An action (the ACTION level of the tree) of a regional programme, as other plans refer to the
 * programme action they serve ("WPRES 2.1.3 Wsparcie spółdzielni socjalnych").
 */
public record ProgrammeAction(long id, String code, String name, long programmeId, String programmeName) {

    /** Code and name, as lists and documents show it. */
    public String label() {
        return code + " " + name;
    }
}
