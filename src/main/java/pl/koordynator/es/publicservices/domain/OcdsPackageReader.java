package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import pl.koordynator.es.publicservices.LotInput;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.ProcurementInput;
import pl.koordynator.es.publicservices.ProcurementProcedure;
import pl.koordynator.es.publicservices.ReservedFor;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OCDS 1.1 release package (a JSON object with {@code releases}) as procurements, one per
 * {@code ocid}: releases of the same ocid are merged, the later {@code date} winning (objects field
 * by field, arrays of objects by their {@code id}). What is read: {@code tender} (id as the notice
 * number, title, value in PLN, items' CPV classification, procurement method and its details,
 * tender period, lots), {@code parties} (the buyer by its PL-NIP identifier or name; suppliers'
 * NIP), {@code awards} (active ones: value, suppliers, related lots), {@code contracts} (value,
 * period), {@code bids.statistics} or {@code tender.numberOfTenderers}; the reservations of
 * {@code otherRequirements.reservedParticipation} ({@code shelteredWorkshop} → art. 94 for sheltered
 * employers, {@code shelteredProgram} → art. 94 for integrating contractors,
 * {@code publicServiceMissionOrganization} → art. 361), and the sustainability extension's social
 * strategies on the tender or a lot ({@code socialCriteria}/{@code awardCriteria} → a social award
 * criterion, weighted from {@code awardCriteria.criteria[].numbers[].number} when given;
 * {@code employmentConditions}, {@code socialContractConditions} or {@code contractPerformanceConditions}
 * → the art. 95 employment contract requirement, as a package tells neither the group, the number of
 * persons nor the months art. 96 needs; {@code reservedParticipation} → art. 94). Unknown fields
 * are ignored; a field read of a wrong type, a date that does not parse or a negative value is a
 * problem naming the release and the path ({@code releases[2].tender.value.amount}).
 *
 * <p>This class maps the tender, its lots and their social clauses; the releases of an ocid are
 * merged by {@link OcdsReleaseMerge}, read field by field through {@link OcdsRelease}, and the
 * bids, awards and contracts become the lots' outcomes in {@link OcdsLotOutcomes}.
 */
final class OcdsPackageReader {

    private static final Set<String> SOCIAL_CRITERIA = Set.of("socialcriteria", "awardcriteria");
    private static final Set<String> EMPLOYMENT_CONDITIONS = Set.of("employmentconditions",
            "socialcontractconditions", "contractperformanceconditions");
    private static final Set<String> RESERVED = Set.of("reservedparticipation", "reservedprocurement");

    private final JsonMapper json;
    private final ProcurementFileReader labels;

    OcdsPackageReader(JsonMapper json, ProcurementFileReader labels) {
        this.json = json;
        this.labels = labels;
    }

    /** The procurements of the package, or an {@link InvalidInputException} listing every problem found. */
    List<ProcurementDraft> procurements(byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException notJson) {
            throw InvalidInputException.of("file", "publicservices.import.ocds.notJson");
        }
        if (root == null || !root.isObject() || !root.path("releases").isArray()) {
            throw InvalidInputException.of("releases", "publicservices.import.ocds.noReleases");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, List<Integer>> byOcid = new LinkedHashMap<>();
        List<JsonNode> releases = new ArrayList<>(root.path("releases").values());
        for (int i = 0; i < releases.size(); i++) {
            JsonNode release = releases.get(i);
            OcdsRelease checked = new OcdsRelease(release, i, "", problems);
            if (!release.isObject()) {
                checked.problem("", "publicservices.import.ocds.type", "object");
                continue;
            }
            String ocid = checked.text("ocid");
            if (ocid == null || ocid.isBlank()) {
                checked.problem("ocid", "publicservices.import.ocds.required");
                continue;
            }
            draft(checked, false);
            byOcid.computeIfAbsent(ocid.strip(), key -> new ArrayList<>()).add(i);
        }
        if (releases.isEmpty()) {
            problems.add(new FieldProblem("releases", "publicservices.import.ocds.noReleases"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<ProcurementDraft> drafts = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> ocid : byOcid.entrySet()) {
            List<Integer> indexes = new ArrayList<>(ocid.getValue());
            indexes.sort(Comparator.comparing((Integer i) -> OcdsReleaseMerge.dateOf(releases.get(i)),
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            ObjectNode merged = json.createObjectNode();
            indexes.forEach(i -> OcdsReleaseMerge.merge(merged, releases.get(i), json));
            int last = indexes.get(indexes.size() - 1);
            drafts.add(draft(new OcdsRelease(merged, last, ocid.getKey(), problems)
                    .withReleaseIndexes(ocid.getValue()), true));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return drafts;
    }

    /** Reads the release {@code r}; {@code whole}: a merged ocid, which must name its buyer, title and date. */
    private ProcurementDraft draft(OcdsRelease r, boolean whole) {
        r.object("tender");
        String noticeNumber = r.text("tender.id");
        String title = r.text("tender.title");
        BigDecimal estimated = r.value("tender.value");
        List<String> cpv = new ArrayList<>();
        List<JsonNode> items = r.array("tender.items");
        for (int i = 0; i < items.size(); i++) {
            String item = "tender.items[" + i + "]";
            cpvOf(r, item + ".classification", cpv);
            List<JsonNode> additional = r.array(item + ".additionalClassifications");
            for (int j = 0; j < additional.size(); j++) {
                cpvOf(r, item + ".additionalClassifications[" + j + "]", cpv);
            }
        }
        ProcurementProcedure procedure = procedure(r.text("tender.procurementMethod"),
                r.text("tender.procurementMethodDetails"));
        LocalDate noticeDate = r.date("tender.tenderPeriod.startDate");
        LocalDate releaseDate = r.date("date");
        LocalDate deadline = r.date("tender.tenderPeriod.endDate");
        Integer tenderers = r.count("tender.numberOfTenderers");
        Set<String> tenderStrategies = strategies(r, "tender");
        List<String> tenderReserved = r.strings("tender.otherRequirements.reservedParticipation");
        BigDecimal tenderWeight = socialWeight(r, "tender.awardCriteria");
        boolean tenderCancelled = "cancelled".equalsIgnoreCase(r.text("tender.status"));

        Map<String, OcdsParty> parties = new HashMap<>();
        OcdsParty buyer = null;
        List<JsonNode> partyNodes = r.array("parties");
        for (int i = 0; i < partyNodes.size(); i++) {
            OcdsParty party = OcdsParty.read(r, "parties[" + i + "]");
            if (party.id() != null) {
                parties.put(party.id(), party);
            }
            if (buyer == null && r.strings("parties[" + i + "].roles").stream()
                    .anyMatch(role -> role.equalsIgnoreCase("buyer"))) {
                buyer = party;
            }
        }
        if (buyer == null && r.object("buyer") != null) {
            OcdsParty named = parties.get(r.text("buyer.id"));
            buyer = named != null ? named : new OcdsParty(r.text("buyer.id"), r.text("buyer.name()"), null, "buyer");
        }

        List<JsonNode> lotNodes = r.array("tender.lots");
        List<OcdsLot> lots = new ArrayList<>();
        for (int i = 0; i < lotNodes.size(); i++) {
            String path = "tender.lots[" + i + "]";
            OcdsLot lot = new OcdsLot(r.text(path + ".id"), i + 1, r.text(path + ".title"), r.value(path + ".value"), path);
            lot.strategies.addAll(strategies(r, path));
            lot.reserved.addAll(r.strings(path + ".otherRequirements.reservedParticipation"));
            lot.weight = socialWeight(r, path + ".awardCriteria");
            lot.cancelled = "cancelled".equalsIgnoreCase(r.text(path + ".status"));
            lots.add(lot);
        }
        if (lots.isEmpty()) {
            lots.add(new OcdsLot(null, 1, null, estimated, "tender"));
        }
        BigDecimal awardedTotal = OcdsLotOutcomes.read(r, lots, parties);
        if (!whole) {
            return null;
        }
        if (buyer == null) {
            r.problem("parties", "publicservices.import.ocds.noBuyer");
        }
        if (title == null || title.isBlank()) {
            r.problem("tender.title", "publicservices.import.ocds.required");
        }
        LocalDate notice = noticeDate != null ? noticeDate : releaseDate;
        if (notice == null) {
            r.problem("tender.tenderPeriod.startDate", "publicservices.import.ocds.required");
        }
        List<LotInput> inputs = new ArrayList<>();
        for (OcdsLot lot : lots) {
            Set<String> strategies = new LinkedHashSet<>(tenderStrategies);
            strategies.addAll(lot.strategies);
            List<String> reserved = new ArrayList<>(tenderReserved);
            reserved.addAll(lot.reserved);
            ReservedFor art94 = reserved.stream().anyMatch(code -> code.equalsIgnoreCase("shelteredWorkshop"))
                    ? ReservedFor.SHELTERED_EMPLOYERS
                    : reserved.stream().anyMatch(code -> code.equalsIgnoreCase("shelteredProgram"))
                            || strategies.stream().anyMatch(RESERVED::contains)
                            ? ReservedFor.INTEGRATION_ENTITIES : null;
            boolean art361 = reserved.stream().anyMatch(code -> code.equalsIgnoreCase("publicServiceMissionOrganization"));
            BigDecimal weight = lot.weight != null ? lot.weight : tenderWeight;
            boolean criterion = weight != null || strategies.stream().anyMatch(SOCIAL_CRITERIA::contains);
            LotResult result = lot.awarded ? LotResult.AWARDED
                    : lot.cancelled || tenderCancelled ? LotResult.CANCELLED : LotResult.PENDING;
            inputs.add(new LotInput(lot.number, lot.title, lot.value, art94,
                    strategies.stream().anyMatch(EMPLOYMENT_CONDITIONS::contains),
                    null, null, null,
                    criterion ? weight : null,
                    art361 || procedure == ProcurementProcedure.SOCIAL_SERVICES, art361, result,
                    lot.bids != null ? lot.bids : lots.size() == 1 ? tenderers : null, null, null, null,
                    lot.contractorName, lot.contractorNip, lot.contractValue, lot.contractStart, lot.contractEnd,
                    null));
        }
        ProcurementInput input = new ProcurementInput(null, title, noticeNumber, r.ocid(), cpv, estimated,
                awardedTotal, null, procedure, notice, deadline, null, inputs);
        ProcurementDraft.Located where = new ProcurementDraft.Located(null, r.path("parties"));
        ProcurementDraft.Buyer buyerReference = buyer == null ? new ProcurementDraft.Buyer(null, null, null, where)
                : new ProcurementDraft.Buyer(null, buyer.nip(), buyer.name(), where);
        Function<String, ProcurementDraft.Located> locate = field -> new ProcurementDraft.Located(null,
                r.path(ocdsPath(field, lots)));
        return new ProcurementDraft(r.ocid(), r.releaseIndexes(), buyerReference, input, List.of(), locate);
    }

    private static void cpvOf(OcdsRelease r, String path, List<String> cpv) {
        if (r.object(path) == null) {
            return;
        }
        String scheme = r.text(path + ".scheme");
        String id = r.text(path + ".id");
        if (scheme != null && scheme.toUpperCase(Locale.ROOT).startsWith("CPV") && id != null && !cpv.contains(id)) {
            cpv.add(id);
        }
    }

    /** The social strategies of the sustainability extension on the tender or a lot, lower case. */
    private static Set<String> strategies(OcdsRelease r, String owner) {
        Set<String> strategies = new LinkedHashSet<>();
        List<JsonNode> entries = r.array(owner + ".sustainability");
        for (int i = 0; i < entries.size(); i++) {
            String path = owner + ".sustainability[" + i + "]";
            if (r.object(path) == null) {
                continue;
            }
            String goal = r.text(path + ".goal");
            List<String> listed = r.strings(path + ".strategies");
            boolean social = goal == null || goal.toLowerCase(Locale.ROOT).startsWith("social");
            if (social) {
                listed.forEach(strategy -> strategies.add(strategy.toLowerCase(Locale.ROOT)));
            }
            if (goal != null && goal.equalsIgnoreCase("social.reservedProcurement")) {
                strategies.add("reservedparticipation");
            }
        }
        return strategies;
    }

    /**
     * The weight in % of a social award criterion in {@code awardCriteria.criteria[]} (its type
     * "social", or its name or description speaking of social or employment matters); null when none.
     */
    private static BigDecimal socialWeight(OcdsRelease r, String path) {
        JsonNode criteria = r.at(path);
        if (!criteria.isObject()) {
            // core OCDS 1.1 has awardCriteria as a code (priceOnly, ratedCriteria…): nothing to weigh
            return null;
        }
        List<JsonNode> list = r.array(path + ".criteria");
        for (int i = 0; i < list.size(); i++) {
            String criterion = path + ".criteria[" + i + "]";
            String words = (String.valueOf(r.text(criterion + ".type")) + " " + r.text(criterion + ".name") + " "
                    + r.text(criterion + ".description")).toLowerCase(Locale.ROOT);
            if (!words.matches("(?s).*(social|społ|spol|zatrudn|employ|integrac).*")) {
                continue;
            }
            BigDecimal weight = r.amount(criterion + ".weight");
            List<JsonNode> numbers = r.array(criterion + ".numbers");
            for (int j = 0; j < numbers.size() && weight == null; j++) {
                weight = r.amount(criterion + ".numbers[" + j + "].number");
            }
            if (weight != null) {
                return weight;
            }
        }
        return null;
    }

    private ProcurementProcedure procedure(String method, String details) {
        if (details != null) {
            ProcurementProcedure named = labels.choice(ProcurementProcedure.class, "publicservices.procedure.",
                    details);
            if (named != null) {
                return named;
            }
            String plain = ProcurementImportColumn.normalised(details);
            if (plain.contains("podstawowy") || plain.contains("art 275")) {
                return ProcurementProcedure.BASIC;
            }
            if (plain.contains("spoleczn") || plain.contains("art 359")) {
                return ProcurementProcedure.SOCIAL_SERVICES;
            }
            if (plain.contains("wolnej reki")) {
                return ProcurementProcedure.FREE_HAND;
            }
            if (plain.contains("nieograniczony")) {
                return ProcurementProcedure.OPEN_TENDER;
            }
        }
        return switch (method == null ? "" : method.toLowerCase(Locale.ROOT)) {
            case "open" -> ProcurementProcedure.OPEN_TENDER;
            case "selective" -> ProcurementProcedure.RESTRICTED_TENDER;
            case "limited" -> ProcurementProcedure.NEGOTIATED_WITHOUT_NOTICE;
            case "direct" -> ProcurementProcedure.FREE_HAND;
            default -> ProcurementProcedure.OTHER;
        };
    }

    private static String ocdsPath(String field, List<OcdsLot> lots) {
        java.util.regex.Matcher lot = java.util.regex.Pattern.compile("lots\\[(\\d+)]\\.?(\\w*).*").matcher(field);
        if (lot.matches()) {
            int i = Integer.parseInt(lot.group(1));
            String owner = i < lots.size() ? lots.get(i).path : "tender";
            return switch (lot.group(2)) {
                case "title" -> owner + ".title";
                case "estimatedValue" -> owner + ".value.amount";
                case "contractValue", "contractStart", "contractEnd", "contractorNip", "contractorName" -> "contracts";
                default -> owner;
            };
        }
        return switch (field.replaceAll("\\[.*", "")) {
            case "buyerId" -> "parties";
            case "title" -> "tender.title";
            case "noticeNumber" -> "tender.id";
            case "ocdsId" -> "ocid";
            case "cpvCodes" -> "tender.items";
            case "estimatedValue" -> "tender.value.amount";
            case "awardedValue", "valueComment" -> "awards";
            case "procedure" -> "tender.procurementMethodDetails";
            case "noticeDate" -> "tender.tenderPeriod.startDate";
            case "bidDeadline" -> "tender.tenderPeriod.endDate";
            default -> field;
        };
    }
}
