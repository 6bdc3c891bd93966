package pl.koordynator.es.registry;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the register. */
public interface Organisations {

    /** Any organisation by id, without contact persons and regardless of who asks. */
    Optional<OrganisationView> find(long id);

    /**
     * The organisations of these ids that exist, by id, as {@link #find} gives them; for lists
     * that name many organisations with a fixed number of queries.
     */
    default Map<Long, OrganisationView> findAll(Collection<Long> ids) {
        Map<Long, OrganisationView> found = new LinkedHashMap<>();
        ids.forEach(id -> find(id).ifPresent(organisation -> found.put(id, organisation)));
        return found;
    }

    /** Active organisations of a kind in a gmina (or the whole region when the gmina is null). */
    long countActive(Kind kind, String gminaTeryt);

    /** Today's resources of every gmina that has any active organisation, in one pass over the register. */
    List<GminaResources> resourcesByGmina();

    /** The same for these gminas only; a gmina without active organisations is absent. */
    List<GminaResources> resourcesByGmina(java.util.Collection<String> gminas);

    /**
     * Active PES located in a gmina (7-digit code) or a powiat (4-digit code), by name, at most
     * {@code limit} of them.
     */
    List<OrganisationView> activePesIn(String teryt, int limit);

    /** Organisations of a kind that are not closed, by name (e.g. every OWES of the region). */
    List<OrganisationView> ofKind(Kind kind);

    /** PES that are not closed and hold the social enterprise status today, by name (e.g. to refer a person to). */
    List<OrganisationView> openSocialEnterprises();

    /**
     * Organisations that are not closed whose name or short name contains the text (case and
     * Polish letters as typed), by name, at most {@code limit}; e.g. to pick one's organisation
     * when registering for an event.
     */
    List<OrganisationView> named(String text, int limit);

    /** Organisations that are not closed with exactly this name (case ignored), e.g. to link a name typed by hand. */
    List<OrganisationView> namedExactly(String name);

    /**
     * The organisation holding this NIP (10 digits; dashes and spaces ignored), whatever its status;
     * e.g. to link a buyer or contractor named in an imported file.
     */
    Optional<OrganisationView> findByNip(String nip);

    /**
     * Active PES that this OWES serves (the OWES of their subregion, or one chosen by hand), by
     * name; e.g. to find those it has not supported lately.
     */
    List<OrganisationView> activePesServedBy(long owesId);
    /** Of these organisations, those of a PES kind, whatever their status; one query for any number of them. */
    java.util.Set<Long> pesAmong(java.util.Collection<Long> ids);
}
