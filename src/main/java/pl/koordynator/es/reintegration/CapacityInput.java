package pl.koordynator.es.reintegration;

import java.util.List;

/**
 * A unit's places as it confirms them today: every programme at once (a programme left out is removed).
 *
 * @param version the {@link UnitCapacity#version()} read before the change; null for a unit's first report
 * @param lines   at most {@link #MAX_LINES}, programme names unique within the unit
 */
public record CapacityInput(Long version, List<LineInput> lines) {

    public static final int MAX_LINES = 20;
    public static final int MAX_PROGRAMME = 200;
    public static final int MAX_NUMBER = 100_000;

    public CapacityInput {
        lines = lines == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lines));
    }

    /** One programme: places ≥ 0, occupied between 0 and places, waiting ≥ 0. */
    public record LineInput(String programme, Integer places, Integer occupied, Integer waiting) {
    }
}
