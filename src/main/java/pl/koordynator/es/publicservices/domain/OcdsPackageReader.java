package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
            Release checked = new Release(release, i, "", problems);
            if (!release.isObject()) {
                checked.problem("", "publicservices.import.ocds.type", "object");
                continue;
            }
            String ocid = checked.text("ocid");
            if (ocid == null || ocid.isBlank()) {
                checked.problem("ocid", "publicservices.import.ocds.required");
                continue;
            }
            checked.map(false);
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
            indexes.sort(Comparator.comparing((Integer i) -> dateOf(releases.get(i)),
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            ObjectNode merged = json.createObjectNode();
            indexes.forEach(i -> merge(merged, releases.get(i)));
            int last = indexes.get(indexes.size() - 1);
            Release release = new Release(merged, last, ocid.getKey(), problems);
            release.releaseIndexes = ocid.getValue();
            drafts.add(release.map(true));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return drafts;
    }

    private static OffsetDateTime dateOf(JsonNode release) {
        String date = release.path("date").isString() ? release.path("date").stringValue() : null;
        return date == null ? null : dateTime(date);
    }

    /** OCDS merging: objects field by field, arrays of objects with an id by id, anything else replaced. */
    private void merge(ObjectNode target, JsonNode source) {
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            JsonNode old = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (value.isObject() && old != null && old.isObject()) {
                merge((ObjectNode) old, value);
            } else if (value.isArray() && old != null && old.isArray() && identified(value) && identified(old)) {
                Map<String, JsonNode> items = new LinkedHashMap<>();
                old.values().forEach(item -> items.put(item.path("id").asString(), item.deepCopy()));
                for (JsonNode item : value.values()) {
                    JsonNode existing = items.get(item.path("id").asString());
                    if (existing != null && existing.isObject()) {
                        merge((ObjectNode) existing, item);
                    } else {
                        items.put(item.path("id").asString(), item.deepCopy());
                    }
                }
                target.set(field.getKey(), json.createArrayNode().addAll(items.values()));
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean identified(JsonNode array) {
        return !array.isEmpty() && array.values().stream().allMatch(item -> item.isObject() && item.has("id"));
    }

    static OffsetDateTime dateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    /** One release (or the merge of an ocid's releases), read with the problems it has. */
    private final class Release {

        private final JsonNode node;
        private final int index;
        private final String ocid;
        private final List<FieldProblem> problems;
        /** Every release of the ocid, in the package's order. */
        private List<Integer> releaseIndexes = List.of();

        Release(JsonNode node, int index, String ocid, List<FieldProblem> problems) {
            this.node = node;
            this.index = index;
            this.ocid = ocid.isEmpty() && node.path("ocid").isString() ? node.path("ocid").stringValue() : ocid;
            this.problems = problems;
        }

        String path(String field) {
            return "releases[" + index + "]" + (field.isEmpty() ? "" : "." + field);
        }

        void problem(String field, String key, Object... arguments) {
            Object[] all = new Object[arguments.length + 2];
            all[0] = index;
            all[1] = ocid == null ? "" : ocid;
            System.arraycopy(arguments, 0, all, 2, arguments.length);
            problems.add(new FieldProblem(path(field), key, all));
        }

        private JsonNode at(String path) {
            JsonNode current = node;
            for (String part : path.split("\\.")) {
                java.util.regex.Matcher item = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)]").matcher(part);
                current = item.matches() ? current.path(item.group(1)).path(Integer.parseInt(item.group(2)))
                        : current.path(part);
            }
            return current;
        }

        private boolean present(JsonNode value) {
            return !value.isMissingNode() && !value.isNull();
        }

        String text(String path) {
            JsonNode value = at(path);
            if (!present(value)) {
                return null;
            }
            if (value.isString() || value.isNumber()) {
                return value.asString().strip();
            }
            problem(path, "publicservices.import.ocds.type", "string");
            return null;
        }

        JsonNode object(String path) {
            JsonNode value = at(path);
            if (present(value) && !value.isObject()) {
                problem(path, "publicservices.import.ocds.type", "object");
                return null;
            }
            return present(value) ? value : null;
        }

        List<JsonNode> array(String path) {
            JsonNode value = at(path);
            if (!present(value)) {
                return List.of();
            }
            if (!value.isArray()) {
                problem(path, "publicservices.import.ocds.type", "array");
                return List.of();
            }
            return new ArrayList<>(value.values());
        }

        List<String> strings(String path) {
            List<String> texts = new ArrayList<>();
            List<JsonNode> values = array(path);
            for (int i = 0; i < values.size(); i++) {
                String text = text(path + "[" + i + "]");
                if (text != null) {
                    texts.add(text);
                }
            }
            return texts;
        }

        BigDecimal amount(String path) {
            JsonNode value = at(path);
            if (!present(value)) {
                return null;
            }
            if (!value.isNumber()) {
                problem(path, "publicservices.import.ocds.type", "number");
                return null;
            }
            BigDecimal amount = value.decimalValue();
            if (amount.signum() < 0) {
                problem(path, "publicservices.import.ocds.negative");
                return null;
            }
            return amount;
        }

        /** A value object's amount, in PLN when its currency is given. */
        BigDecimal value(String path) {
            if (object(path) == null) {
                return null;
            }
            String currency = text(path + ".currency");
            if (currency != null && !currency.equalsIgnoreCase("PLN")) {
                problem(path + ".currency", "publicservices.import.ocds.currency", currency);
                return null;
            }
            return amount(path + ".amount");
        }

        LocalDate date(String path) {
            String text = text(path);
            if (text == null || text.isEmpty()) {
                return null;
            }
            OffsetDateTime date = dateTime(text);
            if (date == null) {
                problem(path, "publicservices.import.ocds.date", text);
                return null;
            }
            // a notice's day is the day in Poland, whatever offset the publisher wrote
            return date.atZoneSameInstant(java.time.ZoneId.of("Europe/Warsaw")).toLocalDate();
        }

        Integer count(String path) {
            BigDecimal amount = amount(path);
            if (amount == null) {
                return null;
            }
            try {
                return amount.intValueExact();
            } catch (ArithmeticException notWhole) {
                problem(path, "publicservices.import.ocds.type", "integer");
                return null;
            }
        }

        /** Reads the release; {@code whole}: a merged ocid, which must name its buyer, title and date. */
        ProcurementDraft map(boolean whole) {
            object("tender");
            String noticeNumber = text("tender.id");
            String title = text("tender.title");
            BigDecimal estimated = value("tender.value");
            List<String> cpv = new ArrayList<>();
            List<JsonNode> items = array("tender.items");
            for (int i = 0; i < items.size(); i++) {
                String item = "tender.items[" + i + "]";
                cpvOf(item + ".classification", cpv);
                List<JsonNode> additional = array(item + ".additionalClassifications");
                for (int j = 0; j < additional.size(); j++) {
                    cpvOf(item + ".additionalClassifications[" + j + "]", cpv);
                }
            }
            ProcurementProcedure procedure = procedure(text("tender.procurementMethod"),
                    text("tender.procurementMethodDetails"));
            LocalDate noticeDate = date("tender.tenderPeriod.startDate");
            LocalDate releaseDate = date("date");
            LocalDate deadline = date("tender.tenderPeriod.endDate");
            Integer tenderers = count("tender.numberOfTenderers");
            Set<String> tenderStrategies = strategies("tender");
            List<String> tenderReserved = strings("tender.otherRequirements.reservedParticipation");
            BigDecimal tenderWeight = socialWeight("tender.awardCriteria");
            boolean tenderCancelled = "cancelled".equalsIgnoreCase(text("tender.status"));

            Map<String, Party> parties = new HashMap<>();
            Party buyer = null;
            List<JsonNode> partyNodes = array("parties");
            for (int i = 0; i < partyNodes.size(); i++) {
                Party party = party("parties[" + i + "]");
                if (party.id != null) {
                    parties.put(party.id, party);
                }
                if (buyer == null && strings("parties[" + i + "].roles").stream()
                        .anyMatch(role -> role.equalsIgnoreCase("buyer"))) {
                    buyer = party;
                }
            }
            if (buyer == null && object("buyer") != null) {
                Party named = parties.get(text("buyer.id"));
                buyer = named != null ? named : new Party(text("buyer.id"), text("buyer.name"), null, "buyer");
            }

            List<JsonNode> lotNodes = array("tender.lots");
            List<Lot> lots = new ArrayList<>();
            for (int i = 0; i < lotNodes.size(); i++) {
                String path = "tender.lots[" + i + "]";
                Lot lot = new Lot(text(path + ".id"), i + 1, text(path + ".title"), value(path + ".value"), path);
                lot.strategies.addAll(strategies(path));
                lot.reserved.addAll(strings(path + ".otherRequirements.reservedParticipation"));
                lot.weight = socialWeight(path + ".awardCriteria");
                lot.cancelled = "cancelled".equalsIgnoreCase(text(path + ".status"));
                lots.add(lot);
            }
            if (lots.isEmpty()) {
                lots.add(new Lot(null, 1, null, estimated, "tender"));
            }
            List<JsonNode> statistics = array("bids.statistics");
            for (int i = 0; i < statistics.size(); i++) {
                String path = "bids.statistics[" + i + "]";
                String measure = text(path + ".measure");
                Integer value = count(path + ".value");
                String relatedLot = text(path + ".relatedLot");
                if (value != null && "bids".equalsIgnoreCase(measure)) {
                    lots.stream().filter(lot -> relatedLot == null ? lots.size() == 1 : relatedLot.equals(lot.id))
                            .forEach(lot -> lot.bids = value);
                }
            }

            BigDecimal awardedTotal = null;
            List<JsonNode> awards = array("awards");
            Map<String, List<Lot>> lotsOfAward = new HashMap<>();
            for (int i = 0; i < awards.size(); i++) {
                String path = "awards[" + i + "]";
                String status = text(path + ".status");
                BigDecimal value = value(path + ".value");
                LocalDate awardDate = date(path + ".date");
                List<String> related = strings(path + ".relatedLots");
                List<JsonNode> suppliers = array(path + ".suppliers");
                Party supplier = null;
                for (int j = 0; j < suppliers.size(); j++) {
                    Party named = party(path + ".suppliers[" + j + "]");
                    if (supplier == null) {
                        Party full = named.id == null ? null : parties.get(named.id);
                        supplier = full != null ? full : named;
                    }
                }
                if (status != null && !status.equalsIgnoreCase("active")) {
                    continue;
                }
                List<Lot> forLots = related.isEmpty() ? (lots.size() == 1 ? lots : List.of())
                        : lots.stream().filter(lot -> related.contains(lot.id)).toList();
                for (Lot lot : forLots) {
                    lot.awarded = true;
                    lot.contractValue = value;
                    lot.contractStart = awardDate;
                    if (supplier != null) {
                        lot.contractorName = supplier.name;
                        lot.contractorNip = supplier.nip;
                    }
                }
                String awardId = text(path + ".id");
                if (awardId != null) {
                    lotsOfAward.put(awardId, forLots);
                }
                if (value != null) {
                    awardedTotal = awardedTotal == null ? value : awardedTotal.add(value);
                }
            }
            List<JsonNode> contracts = array("contracts");
            for (int i = 0; i < contracts.size(); i++) {
                String path = "contracts[" + i + "]";
                String status = text(path + ".status");
                BigDecimal value = value(path + ".value");
                LocalDate start = date(path + ".period.startDate");
                LocalDate end = date(path + ".period.endDate");
                LocalDate signed = date(path + ".dateSigned");
                List<Lot> forLots = lotsOfAward.getOrDefault(text(path + ".awardID"), List.of());
                if ("cancelled".equalsIgnoreCase(status)) {
                    continue;
                }
                for (Lot lot : forLots) {
                    lot.contractValue = value != null ? value : lot.contractValue;
                    lot.contractStart = start != null ? start : signed != null ? signed : lot.contractStart;
                    lot.contractEnd = end;
                }
            }
            if (!whole) {
                return null;
            }
            if (buyer == null) {
                problem("parties", "publicservices.import.ocds.noBuyer");
            }
            if (title == null || title.isBlank()) {
                problem("tender.title", "publicservices.import.ocds.required");
            }
            LocalDate notice = noticeDate != null ? noticeDate : releaseDate;
            if (notice == null) {
                problem("tender.tenderPeriod.startDate", "publicservices.import.ocds.required");
            }
            List<LotInput> inputs = new ArrayList<>();
            for (Lot lot : lots) {
                Set<String> strategies = new LinkedHashSet<>(tenderStrategies);
                strategies.addAll(lot.strategies);
                List<String> reserved = new ArrayList<>(tenderReserved);
                reserved.addAll(lot.reserved);
                ReservedFor art94 = reserved.stream().anyMatch(r -> r.equalsIgnoreCase("shelteredWorkshop"))
                        ? ReservedFor.SHELTERED_EMPLOYERS
                        : reserved.stream().anyMatch(r -> r.equalsIgnoreCase("shelteredProgram"))
                                || strategies.stream().anyMatch(RESERVED::contains)
                                ? ReservedFor.INTEGRATION_ENTITIES : null;
                boolean art361 = reserved.stream().anyMatch(r -> r.equalsIgnoreCase("publicServiceMissionOrganization"));
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
            ProcurementInput input = new ProcurementInput(null, title, noticeNumber, ocid, cpv, estimated,
                    awardedTotal, null, procedure, notice, deadline, null, inputs);
            ProcurementDraft.Located where = new ProcurementDraft.Located(null, path("parties"));
            ProcurementDraft.Buyer buyerReference = buyer == null ? new ProcurementDraft.Buyer(null, null, null, where)
                    : new ProcurementDraft.Buyer(null, buyer.nip, buyer.name, where);
            Function<String, ProcurementDraft.Located> locate = field -> new ProcurementDraft.Located(null,
                    path(ocdsPath(field, lots)));
            return new ProcurementDraft(ocid, releaseIndexes, buyerReference, input, List.of(), locate);
        }

        private void cpvOf(String path, List<String> cpv) {
            if (object(path) == null) {
                return;
            }
            String scheme = text(path + ".scheme");
            String id = text(path + ".id");
            if (scheme != null && scheme.toUpperCase(Locale.ROOT).startsWith("CPV") && id != null && !cpv.contains(id)) {
                cpv.add(id);
            }
        }

        private Party party(String path) {
            if (object(path) == null) {
                return new Party(null, null, null, path);
            }
            String nip = null;
            if (object(path + ".identifier") != null && isNipScheme(text(path + ".identifier.scheme"))) {
                nip = text(path + ".identifier.id");
            }
            List<JsonNode> additional = array(path + ".additionalIdentifiers");
            for (int i = 0; i < additional.size() && nip == null; i++) {
                if (isNipScheme(text(path + ".additionalIdentifiers[" + i + "].scheme"))) {
                    nip = text(path + ".additionalIdentifiers[" + i + "].id");
                }
            }
            String digits = nip == null ? null : nip.replaceAll("^PL|[\\s-]", "");
            return new Party(text(path + ".id"), text(path + ".name"),
                    digits != null && digits.matches("\\d{10}") ? digits : null, path);
        }

        private static boolean isNipScheme(String scheme) {
            return scheme != null && scheme.replace("_", "-").equalsIgnoreCase("PL-NIP");
        }

        /** The social strategies of the sustainability extension on the tender or a lot, lower case. */
        private Set<String> strategies(String owner) {
            Set<String> strategies = new LinkedHashSet<>();
            List<JsonNode> entries = array(owner + ".sustainability");
            for (int i = 0; i < entries.size(); i++) {
                String path = owner + ".sustainability[" + i + "]";
                if (object(path) == null) {
                    continue;
                }
                String goal = text(path + ".goal");
                List<String> listed = strings(path + ".strategies");
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
        private BigDecimal socialWeight(String path) {
            JsonNode criteria = at(path);
            if (!criteria.isObject()) {
                // core OCDS 1.1 has awardCriteria as a code (priceOnly, ratedCriteria…): nothing to weigh
                return null;
            }
            List<JsonNode> list = array(path + ".criteria");
            for (int i = 0; i < list.size(); i++) {
                String criterion = path + ".criteria[" + i + "]";
                String words = (String.valueOf(text(criterion + ".type")) + " " + text(criterion + ".name") + " "
                        + text(criterion + ".description")).toLowerCase(Locale.ROOT);
                if (!words.matches("(?s).*(social|społ|spol|zatrudn|employ|integrac).*")) {
                    continue;
                }
                BigDecimal weight = amount(criterion + ".weight");
                List<JsonNode> numbers = array(criterion + ".numbers");
                for (int j = 0; j < numbers.size() && weight == null; j++) {
                    weight = amount(criterion + ".numbers[" + j + "].number");
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

        private String ocdsPath(String field, List<Lot> lots) {
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

    private record Party(String id, String name, String nip, String path) {
    }

    private static final class Lot {
        final String id;
        final int number;
        final String title;
        final BigDecimal value;
        final String path;
        final Set<String> strategies = new LinkedHashSet<>();
        final List<String> reserved = new ArrayList<>();
        BigDecimal weight;
        boolean cancelled;
        boolean awarded;
        Integer bids;
        BigDecimal contractValue;
        LocalDate contractStart;
        LocalDate contractEnd;
        String contractorName;
        String contractorNip;

        Lot(String id, int number, String title, BigDecimal value, String path) {
            this.id = id;
            this.number = number;
            this.title = title;
            this.value = value;
            this.path = path;
        }
    }
}
