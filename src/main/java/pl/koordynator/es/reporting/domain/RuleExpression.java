package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A validation rule of a report template, e.g. {@code JOBS_AT_RISK <= JOBS_CREATED}: numbers,
 * indicator codes, {@code + - * /} (also {@code − ×}), parentheses, comparisons
 * {@code < <= > >= == !=} and {@code and}/{@code or}. Parsed by hand, never by a script engine,
 * so a template can express nothing but arithmetic and comparison. The whole expression must be a
 * condition (a comparison or a combination of them).
 */
public final class RuleExpression {

    /** A syntax or type error, at a 1-based character position of the text. */
    public static final class SyntaxError extends RuntimeException {

        private final int position;
        private final String reason;

        SyntaxError(int position, String reason) {
            super(reason + " at " + position);
            this.position = position;
            this.reason = reason;
        }

        public int position() {
            return position;
        }

        /** A message key of the reporting bundle describing what is wrong. */
        public String reason() {
            return reason;
        }
    }

    private sealed interface Node permits Num, Code, Unary, Binary {
    }

    private record Num(BigDecimal value) implements Node {
    }

    private record Code(String code) implements Node {
    }

    private record Unary(Node operand) implements Node {
    }

    private record Binary(String operator, Node left, Node right) implements Node {
    }

    private record Token(String kind, String text, int position) {
    }

    private final String text;
    private final Node root;
    private final Set<String> codes;

    private RuleExpression(String text, Node root, Set<String> codes) {
        this.text = text;
        this.root = root;
        this.codes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(codes));
    }

    /** Parses the text; throws {@link SyntaxError} naming the position of the first problem. */
    public static RuleExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SyntaxError(1, "reporting.rule.empty");
        }
        Parser parser = new Parser(tokenize(text));
        Node root = parser.or();
        Token rest = parser.peek();
        if (!rest.kind().equals("END")) {
            throw new SyntaxError(rest.position(), "reporting.rule.unexpected");
        }
        if (!isCondition(root)) {
            throw new SyntaxError(1, "reporting.rule.notCondition");
        }
        return new RuleExpression(text.strip(), root, parser.codes);
    }

    public String text() {
        return text;
    }

    /** Indicator codes the rule mentions, in order of appearance. */
    public Set<String> codes() {
        return codes;
    }

    /**
     * Whether the values satisfy the rule; empty when a code it mentions has no value (the rule
     * does not apply yet) or when it would divide by zero.
     */
    public Optional<Boolean> test(Map<String, BigDecimal> values) {
        for (String code : codes) {
            if (values.get(code) == null) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of((Boolean) evaluate(root, values));
        } catch (ArithmeticException divisionByZero) {
            return Optional.empty();
        }
    }

    private static Object evaluate(Node node, Map<String, BigDecimal> values) {
        if (node instanceof Num num) {
            return num.value();
        }
        if (node instanceof Code code) {
            return values.get(code.code());
        }
        if (node instanceof Unary unary) {
            return ((BigDecimal) evaluate(unary.operand(), values)).negate();
        }
        return binary((Binary) node, values);
    }

    private static Object binary(Binary node, Map<String, BigDecimal> values) {
        if (node.operator().equals("and")) {
            return (Boolean) evaluate(node.left(), values) && (Boolean) evaluate(node.right(), values);
        }
        if (node.operator().equals("or")) {
            return (Boolean) evaluate(node.left(), values) || (Boolean) evaluate(node.right(), values);
        }
        BigDecimal left = (BigDecimal) evaluate(node.left(), values);
        BigDecimal right = (BigDecimal) evaluate(node.right(), values);
        return switch (node.operator()) {
            case "+" -> left.add(right);
            case "-" -> left.subtract(right);
            case "*" -> left.multiply(right);
            case "/" -> left.divide(right, MathContext.DECIMAL64);
            case "<" -> left.compareTo(right) < 0;
            case "<=" -> left.compareTo(right) <= 0;
            case ">" -> left.compareTo(right) > 0;
            case ">=" -> left.compareTo(right) >= 0;
            case "==" -> left.compareTo(right) == 0;
            case "!=" -> left.compareTo(right) != 0;
            default -> throw new IllegalStateException(node.operator());
        };
    }

    private static boolean isCondition(Node node) {
        return node instanceof Binary binary && switch (binary.operator()) {
            case "and", "or", "<", "<=", ">", ">=", "==", "!=" -> true;
            default -> false;
        };
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int position = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                if (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
                    i++;
                    if (i >= text.length() || !Character.isDigit(text.charAt(i))) {
                        throw new SyntaxError(i + 1, "reporting.rule.number");
                    }
                    while (i < text.length() && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                tokens.add(new Token("NUM", text.substring(start, i).replace(',', '.'), position));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                String word = text.substring(start, i);
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                if (lower.equals("and") || lower.equals("or")) {
                    tokens.add(new Token("OP", lower, position));
                } else if (word.matches("[A-Z][A-Z0-9_]*")) {
                    tokens.add(new Token("CODE", word, position));
                } else {
                    throw new SyntaxError(position, "reporting.rule.code");
                }
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                if (List.of("<=", ">=", "==", "!=", "&&", "||").contains(two)) {
                    tokens.add(new Token("OP", two.equals("&&") ? "and" : two.equals("||") ? "or" : two, position));
                    i += 2;
                } else if ("+-*/<>()".indexOf(c) >= 0) {
                    tokens.add(new Token(c == '(' || c == ')' ? String.valueOf(c) : "OP", String.valueOf(c), position));
                    i++;
                } else if (c == '−' || c == '–') {
                    tokens.add(new Token("OP", "-", position));
                    i++;
                } else if (c == '×' || c == '·') {
                    tokens.add(new Token("OP", "*", position));
                    i++;
                } else if (c == '≤' || c == '≥' || c == '≠') {
                    tokens.add(new Token("OP", c == '≤' ? "<=" : c == '≥' ? ">=" : "!=", position));
                    i++;
                } else {
                    throw new SyntaxError(position, "reporting.rule.character");
                }
            }
        }
        tokens.add(new Token("END", "", text.length() + 1));
        return tokens;
    }

    /** Recursive descent: or → and → comparison → sum → product → unary → primary. */
    private static final class Parser {

        private final List<Token> tokens;
        private final Set<String> codes = new LinkedHashSet<>();
        private int next;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Token peek() {
            return tokens.get(next);
        }

        private boolean at(String operator) {
            Token token = peek();
            return token.kind().equals("OP") && token.text().equals(operator);
        }

        Node or() {
            Node left = and();
            while (at("or")) {
                Token operator = tokens.get(next++);
                left = logical("or", left, and(), operator);
            }
            return left;
        }

        private Node and() {
            Node left = comparison();
            while (at("and")) {
                Token operator = tokens.get(next++);
                left = logical("and", left, comparison(), operator);
            }
            return left;
        }

        private Node logical(String operator, Node left, Node right, Token token) {
            if (!isCondition(left) || !isCondition(right)) {
                throw new SyntaxError(token.position(), "reporting.rule.logicalOperands");
            }
            return new Binary(operator, left, right);
        }

        private Node comparison() {
            Node left = sum();
            for (String operator : List.of("<=", ">=", "==", "!=", "<", ">")) {
                if (at(operator)) {
                    Token token = tokens.get(next++);
                    Node right = sum();
                    if (isCondition(left) || isCondition(right)) {
                        throw new SyntaxError(token.position(), "reporting.rule.comparisonOperands");
                    }
                    Node node = new Binary(operator, left, right);
                    Token after = peek();
                    if (after.kind().equals("OP") && List.of("<=", ">=", "==", "!=", "<", ">").contains(after.text())) {
                        throw new SyntaxError(after.position(), "reporting.rule.chained");
                    }
                    return node;
                }
            }
            return left;
        }

        private Node sum() {
            Node left = product();
            while (at("+") || at("-")) {
                Token operator = tokens.get(next++);
                left = arithmetic(operator, left, product());
            }
            return left;
        }

        private Node product() {
            Node left = unary();
            while (at("*") || at("/")) {
                Token operator = tokens.get(next++);
                left = arithmetic(operator, left, unary());
            }
            return left;
        }

        private Node arithmetic(Token operator, Node left, Node right) {
            if (isCondition(left) || isCondition(right)) {
                throw new SyntaxError(operator.position(), "reporting.rule.arithmeticOperands");
            }
            return new Binary(operator.text(), left, right);
        }

        private Node unary() {
            if (at("-")) {
                Token operator = tokens.get(next++);
                Node operand = unary();
                if (isCondition(operand)) {
                    throw new SyntaxError(operator.position(), "reporting.rule.arithmeticOperands");
                }
                return new Unary(operand);
            }
            return primary();
        }

        private Node primary() {
            Token token = tokens.get(next);
            switch (token.kind()) {
                case "NUM" -> {
                    next++;
                    return new Num(new BigDecimal(token.text()));
                }
                case "CODE" -> {
                    next++;
                    codes.add(token.text());
                    return new Code(token.text());
                }
                case "(" -> {
                    next++;
                    Node inner = or();
                    if (!peek().kind().equals(")")) {
                        throw new SyntaxError(peek().position(), "reporting.rule.closingParenthesis");
                    }
                    next++;
                    return inner;
                }
                case "END" -> throw new SyntaxError(token.position(), "reporting.rule.incomplete");
                default -> throw new SyntaxError(token.position(), "reporting.rule.unexpected");
            }
        }
    }
}
