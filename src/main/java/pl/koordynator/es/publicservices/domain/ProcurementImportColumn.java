package pl.koordynator.es.publicservices.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a CSV/XLSX procurement file, one row per lot. Each has an English name (what the
 * report and the template use) and the Polish headers people type; a header is compared without
 * case, Polish letters, underscores or extra spaces. Columns may come in any order; unknown ones are
 * ignored.
 */
enum ProcurementImportColumn {
    REFERENCE("procurement_ref", "Identyfikator zamówienia", "ref", "id zamowienia"),
    BUYER("buyer", "Zamawiający (NIP lub id)", "zamawiajacy", "nip zamawiajacego", "buyer nip", "buyer id",
            "id zamawiajacego"),
    TITLE("title", "Nazwa zamówienia", "tytul", "przedmiot zamowienia", "nazwa"),
    NOTICE_NUMBER("notice_number", "Numer ogłoszenia", "nr ogloszenia"),
    OCDS_ID("ocds_id", "Identyfikator OCDS", "ocid"),
    CPV("cpv", "Kody CPV", "cpv codes", "kod cpv"),
    ESTIMATED_VALUE("estimated_value", "Wartość szacunkowa", "wartosc szacunkowa netto"),
    AWARDED_VALUE("awarded_value", "Wartość udzielenia", "wartosc udzielonego zamowienia"),
    VALUE_COMMENT("value_comment", "Komentarz do wartości", "komentarz"),
    PROCEDURE("procedure", "Tryb", "tryb udzielenia"),
    NOTICE_DATE("notice_date", "Data ogłoszenia", "data publikacji"),
    DEADLINE("deadline", "Termin składania ofert", "bid deadline", "termin ofert"),
    GMINA("gmina_teryt", "TERYT gminy", "gmina", "teryt"),
    LOT_NUMBER("lot_number", "Numer części", "nr czesci", "czesc"),
    LOT_TITLE("lot_title", "Nazwa części"),
    LOT_ESTIMATED_VALUE("lot_estimated_value", "Wartość szacunkowa części"),
    ART94("art94", "Art. 94 zastrzeżenie dla", "art94 reserved for", "zastrzezenie art94"),
    ART95("art95", "Art. 95 umowa o pracę", "art95 employment contract"),
    ART96_GROUP("art96_group", "Art. 96 grupa", "art96 grupa osob"),
    ART96_PERSONS("art96_persons", "Art. 96 liczba osób"),
    ART96_MONTHS("art96_months", "Art. 96 liczba miesięcy"),
    CRITERION_WEIGHT("social_criterion_weight", "Kryterium społeczne waga %", "kryterium spoleczne waga",
            "kryterium spoleczne", "social criterion weight %"),
    ART359("art359", "Art. 359 usługi społeczne"),
    ART361("art361", "Art. 361 zastrzeżenie"),
    RESULT("result", "Wynik"),
    BIDS("bids", "Liczba ofert", "bids received"),
    PES_BID("pes_bid", "Oferta PES"),
    PS_BID("ps_bid", "Oferta PS"),
    CONTRACTOR_NIP("contractor_nip", "NIP wykonawcy"),
    CONTRACTOR_NAME("contractor_name", "Wykonawca", "nazwa wykonawcy"),
    CONTRACT_VALUE("contract_value", "Wartość umowy"),
    CONTRACT_START("contract_start", "Początek umowy", "data zawarcia umowy"),
    CONTRACT_END("contract_end", "Koniec umowy", "termin wykonania"),
    PERSONS_EMPLOYED("persons_employed", "Zatrudnione osoby", "osoby zatrudnione");

    private final String key;
    private final String polish;
    private final List<String> names;

    ProcurementImportColumn(String key, String polish, String... aliases) {
        this.key = key;
        this.polish = polish;
        this.names = java.util.stream.Stream.concat(java.util.stream.Stream.of(key, polish),
                java.util.Arrays.stream(aliases)).map(ProcurementImportColumn::normalised).toList();
    }

    /** The English name, as the report names the column. */
    String key() {
        return key;
    }

    /** The Polish header of the template. */
    String polish() {
        return polish;
    }

    static Optional<ProcurementImportColumn> of(String header) {
        String name = normalised(header);
        for (ProcurementImportColumn column : values()) {
            if (column.names.contains(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower case, no Polish letters, punctuation as spaces: "Wartość szacunkowa (PLN)" becomes "wartosc szacunkowa pln". */
    static String normalised(String text) {
        String plain = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT).replace('ł', 'l'),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
