package pl.koordynator.es.reintegration.web;

import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.reintegration.CapacityInput;
import pl.koordynator.es.reintegration.UnitCapacity;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static pl.koordynator.es.shared.FormValues.strip;
import static pl.koordynator.es.shared.FormValues.whole;

/**
 * A unit's places in one form, a row per programme; a row is added or removed by a submit button that
 * shows the form again (nothing saved), so no script is needed.
 */
public class CapacityForm {

    private Long version;
    private List<Line> lines = new ArrayList<>();

    public CapacityForm() {
    }

    static CapacityForm of(UnitCapacity unit) {
        CapacityForm form = new CapacityForm();
        form.version = unit.version();
        for (UnitCapacity.Line line : unit.lines()) {
            Line row = new Line();
            row.programme = line.programme();
            row.places = String.valueOf(line.places());
            row.occupied = String.valueOf(line.occupied());
            row.waiting = String.valueOf(line.waiting());
            form.lines.add(row);
        }
        return form;
    }

    /** A unit's first report: one empty programme with nobody waiting. */
    static CapacityForm first() {
        CapacityForm form = new CapacityForm();
        form.addLine();
        return form;
    }

    /** The places for the service; a number the form cannot read is a problem on its field and nothing is sent. */
    CapacityInput toInput() {
        List<FieldProblem> problems = new ArrayList<>();
        List<CapacityInput.LineInput> inputs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String field = "lines[" + i + "].";
            inputs.add(new CapacityInput.LineInput(strip(line.programme), whole(line.places, field + "places", problems),
                    whole(line.occupied, field + "occupied", problems), whole(line.waiting, field + "waiting", problems)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CapacityInput(version, inputs);
    }

    void addLine() {
        if (lines.size() < CapacityInput.MAX_LINES) {
            Line line = new Line();
            line.waiting = "0";
            lines.add(line);
        }
    }

    void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }

    /** One programme's row, as typed. */
    public static class Line {

        private String programme;
        private String places;
        private String occupied;
        private String waiting;

        public String getProgramme() {
            return programme;
        }

        public void setProgramme(String programme) {
            this.programme = programme;
        }

        public String getPlaces() {
            return places;
        }

        public void setPlaces(String places) {
            this.places = places;
        }

        public String getOccupied() {
            return occupied;
        }

        public void setOccupied(String occupied) {
            this.occupied = occupied;
        }

        public String getWaiting() {
            return waiting;
        }

        public void setWaiting(String waiting) {
            this.waiting = waiting;
        }
    }
}
