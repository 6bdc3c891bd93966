package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import pl.koordynator.es.programme.IndicatorProgress;
import pl.koordynator.es.programme.ProgrammeProgress;
import pl.koordynator.es.programme.ProgressNode;
import pl.koordynator.es.programme.ProgressStatus;

/**
 * The annual monitoring report ("sprawozdanie z realizacji programu") as rows: every priority,
 * objective, action and project of a year's {@link ProgrammeProgress} in the tree's order, each
 * followed by its indicators. The PDF, the XLSX and the tree page all list these rows, so a
 * figure read back from the spreadsheet is the one the page shows.
 */
public final class AnnualReport {

    /** What a row is: a node of the tree (by its level's name) or an indicator. */
    public static final String INDICATOR = "INDICATOR";

    /**
     * One line of the report.
     *
     * @param kind     a {@link pl.koordynator.es.programme.NodeLevel} name, or {@link #INDICATOR}
     * @param depth    0 for a priority or project, 1 objective, 2 action, and the node's depth + 1 for an indicator
     * @param progress per cent, one decimal; null when there is nothing to judge
     * @param source   the measure's code of a computed indicator; null for a manual one and for nodes
     */
    public record Row(String kind, int depth, long id, String code, String name, String unit, BigDecimal baseline,
            Integer baselineYear, BigDecimal target, BigDecimal actual, BigDecimal cumulative, BigDecimal finalTarget,
            BigDecimal progress, ProgressStatus status, boolean manual, String source, String responsible,
            String partners, BigDecimal budgetPlanned, BigDecimal budgetSpent, String actionStatus, String comment) {

        public boolean indicator() {
            return INDICATOR.equals(kind);
        }
    }

    private AnnualReport() {
    }

    public static List<Row> rows(ProgrammeProgress progress) {
        List<Row> rows = new ArrayList<>();
        for (ProgressNode node : progress.nodes()) {
            node(rows, node, 0);
        }
        return rows;
    }

    /** Progress (0..1) as the per cent the report and the pages show: one decimal, half up. */
    public static BigDecimal percent(Double progress) {
        return progress == null || progress.isNaN() ? null
                : BigDecimal.valueOf(progress * 100).setScale(1, RoundingMode.HALF_UP);
    }

    /** A file name for the programme's report: ASCII, lower case, no spaces ({@code sprawozdanie-wpres-2030-2025.pdf}). */
    public static String fileName(ProgrammeProgress progress, String extension) {
        String plain = Normalizer.normalize(progress.name().replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return "sprawozdanie-" + (plain.isEmpty() ? "program" : plain) + "-" + progress.year() + "." + extension;
    }

    private static void node(List<Row> rows, ProgressNode node, int depth) {
        ProgressNode.ActionDetails action = node.action();
        rows.add(new Row(node.level().name(), depth, node.id(), node.code(), node.name(), null, null, null, null, null,
                null, null, percent(node.progress()), node.status(), false, null,
                action == null ? null : String.join(", ", action.responsible()),
                action == null ? null : String.join(", ", action.partners()),
                action == null ? null : action.budgetPlanned(), action == null ? null : action.budgetSpent(),
                action == null ? null : action.status(), node.comment()));
        for (IndicatorProgress indicator : node.indicators() == null ? List.<IndicatorProgress>of() : node.indicators()) {
            rows.add(new Row(INDICATOR, depth + 1, indicator.id(), indicator.code(), indicator.name(), indicator.unit(),
                    indicator.baseline(), indicator.baselineYear(), indicator.target(), indicator.actual(),
                    indicator.cumulative(), indicator.finalTarget(), percent(indicator.progress()), indicator.status(),
                    indicator.source() == pl.koordynator.es.programme.ValueSource.MANUAL, indicator.measure(), null,
                    null, null, null, null, indicator.comment()));
        }
        for (ProgressNode child : node.children() == null ? List.<ProgressNode>of() : node.children()) {
            node(rows, child, depth + 1);
        }
    }
}
