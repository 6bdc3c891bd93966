package pl.koordynator.es.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON values from OpenAPI schemas, all drawn from one seeded {@link Random}, so a seed repeats
 * a run request for request. {@link #valid} follows the schema as a well-meaning client would; {@link #mutated}
 * breaks it the ways clients do: a required field missing, a wrong type, null, a huge or odd string,
 * a negative or huge number, an impossible date, an unknown choice, an extra field.
 */
final class SchemaValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Random random;
    private final Function<JsonNode, JsonNode> resolver;

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyząćęłńóśźżĄĆĘŁŃÓŚŹŻ -";
    private static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "😀👩‍👩‍👧", "\u202Eabc",
            "'; drop table x; --", "<script>alert(1)</script>", "../../etc/passwd", "%s%n", "${jndi:ldap://x}", "null",
            "NaN", "-1", "9".repeat(40), "1e400", "2026-02-31", "31.02.2026", "2026-13-01T25:61:00Z", "0000-00-00",
            "+999999999-12-31", "ż".repeat(300), "\uFFFF\uFFFE", "\t\r\n", "\\", "\"");
    private static final long[] ODD_LONGS = {0L, -1L, -2_147_483_649L, 2_147_483_648L, Long.MAX_VALUE, Long.MIN_VALUE,
            999_999L};

    SchemaValues(Random random, Function<JsonNode, JsonNode> resolver) {
        this.random = random;
        this.resolver = resolver;
    }

    String word() {
        int length = 1 + random.nextInt(40);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    /** Text that breaks assumptions: control characters, NUL, emoji, bidi marks, impossible dates, or any code points. */
    String oddString() {
        if (random.nextInt(3) > 0) {
            return ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(60);
        while (text.length() < length) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x30000);
            if (Character.isValidCodePoint(codePoint) && !(codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    long oddLong() {
        return ODD_LONGS[random.nextInt(ODD_LONGS.length)];
    }

    long anyLong() {
        return -5 + (long) (random.nextDouble() * 2_000_000);
    }

    /** A value the schema allows, as far as types, formats and choices go (business rules aside). */
    JsonNode valid(JsonNode schema, int depth) {
        schema = resolver.apply(schema);
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode choices = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return valid(choices.get(random.nextInt(choices.size())), depth);
        }
        String type = type(schema);
        switch (type) {
            case "integer" -> {
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(Math.max(min, 100));
                return JSON.numberNode(min + (long) (random.nextDouble() * (Math.min(max, min + 1_000_000) - min + 1)));
            }
            case "number" -> {
                return JSON.numberNode(Math.round(random.nextDouble() * 10_000) / 100.0);
            }
            case "boolean" -> {
                return JSON.booleanNode(random.nextBoolean());
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                int size = depth > 3 ? 0 : random.nextInt(3);
                for (int i = 0; i < size; i++) {
                    array.add(valid(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                if (depth > 4) {
                    return object;
                }
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(name -> required.add(name.asString()));
                for (var property : schema.path("properties").properties()) {
                    if (required.contains(property.getKey()) || random.nextInt(10) < 8) {
                        object.set(property.getKey(), valid(property.getValue(), depth + 1));
                    }
                }
                if (schema.path("additionalProperties").isObject() && random.nextBoolean()) {
                    object.set(word(), valid(schema.get("additionalProperties"), depth + 1));
                }
                return object;
            }
            default -> {
                return JSON.stringNode(string(schema));
            }
        }
    }

    private String string(JsonNode schema) {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 6, 15).plusDays(random.nextInt(1601) - 800);
        String text = switch (schema.path("format").asString("")) {
            case "date" -> day.toString();
            case "date-time" -> day.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(2)).toString();
            case "email" -> word().replaceAll("[^a-z]", "") + "x@example.org";
            case "uuid" -> java.util.UUID.nameUUIDFromBytes(word().getBytes()).toString();
            case "binary", "byte" -> java.util.Base64.getEncoder().encodeToString(word().getBytes());
            default -> {
                String pattern = schema.path("pattern").asString("");
                if (pattern.contains("\\d") || pattern.contains("[0-9]")) {
                    yield String.valueOf(1_000_000_000L + Math.abs(random.nextLong() % 9_000_000_000L));
                }
                yield word();
            }
        };
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** A wrong value of any kind where a value of the schema belongs. */
    JsonNode wrong(JsonNode schema) {
        schema = resolver.apply(schema);
        return switch (random.nextInt(9)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.stringNode(oddString());
            case 2 -> JSON.numberNode(oddLong());
            case 3 -> JSON.numberNode(-1.5e300);
            case 4 -> JSON.booleanNode(true);
            case 5 -> JSON.objectNode().put(word(), oddString());
            case 6 -> JSON.arrayNode().add(JSON.nullNode()).add(oddString());
            case 7 -> JSON.stringNode("x".repeat(70_000 + random.nextInt(40_000)));
            default -> schema.has("enum") ? JSON.stringNode("NO_SUCH_" + word().toUpperCase())
                    : JSON.stringNode(new java.math.BigInteger(130, random).toString());
        };
    }

    /** The valid value with one to three things broken somewhere inside. */
    JsonNode mutated(JsonNode schema) {
        JsonNode value = valid(schema, 0);
        int breaks = 1 + random.nextInt(3);
        for (int i = 0; i < breaks; i++) {
            value = mutateOnce(value, resolver.apply(schema));
        }
        return value;
    }

    private JsonNode mutateOnce(JsonNode value, JsonNode schema) {
        if (value instanceof ObjectNode object && !object.isEmpty() && random.nextInt(4) > 0) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            JsonNode propertySchema = resolver.apply(schema.path("properties").path(name));
            switch (random.nextInt(5)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(word() + "Extra", JSON.stringNode(oddString()));
                case 2, 3 -> object.set(name, wrong(propertySchema));
                default -> object.set(name, mutateOnce(object.get(name), propertySchema));
            }
            return object;
        }
        if (value instanceof ArrayNode array) {
            if (!array.isEmpty() && random.nextBoolean()) {
                int index = random.nextInt(array.size());
                array.set(index, mutateOnce(array.get(index), resolver.apply(schema.path("items"))));
            } else {
                array.add(random.nextBoolean() ? JSON.nullNode() : wrong(schema.path("items")));
            }
            return array;
        }
        return wrong(schema);
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }
}
