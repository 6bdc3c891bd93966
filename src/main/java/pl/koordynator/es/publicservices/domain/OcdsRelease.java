package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * One release of an OCDS package (or the merge of an ocid's releases) read field by field: each
 * read of a wrong type, a date that does not parse or a negative amount adds a problem naming the
 * release and the path ({@code releases[2].tender.value.amount}) and reads as nothing.
 */
final class OcdsRelease {

    private final JsonNode node;
    private final int index;
    private final String ocid;
    private final List<FieldProblem> problems;
    /** Every release of the ocid, in the package's order. */
    private List<Integer> releaseIndexes = List.of();

    OcdsRelease(JsonNode node, int index, String ocid, List<FieldProblem> problems) {
        this.node = node;
        this.index = index;
        this.ocid = ocid.isEmpty() && node.path("ocid").isString() ? node.path("ocid").stringValue() : ocid;
        this.problems = problems;
    }

    String ocid() {
        return ocid;
    }

    List<Integer> releaseIndexes() {
        return releaseIndexes;
    }

    OcdsRelease withReleaseIndexes(List<Integer> indexes) {
        this.releaseIndexes = indexes;
        return this;
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

    JsonNode at(String path) {
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
        OffsetDateTime date = OcdsReleaseMerge.dateTime(text);
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
}
