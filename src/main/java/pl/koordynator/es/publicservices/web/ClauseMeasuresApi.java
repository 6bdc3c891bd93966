package pl.koordynator.es.publicservices.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.publicservices.ClauseMeasure;
import pl.koordynator.es.publicservices.ClauseMeasureLevel;
import pl.koordynator.es.publicservices.ClauseMeasures;

/**
 * The social clause measures of a year for every unit of a level, public (open data): the value of
 * procurements, the value with clauses and its share in percent, by clause type.
 */
@RestController
class ClauseMeasuresApi {

    private final ClauseMeasures measures;
    private final ClauseMeasuresParameters parameters;

    ClauseMeasuresApi(ClauseMeasures measures, ClauseMeasuresParameters parameters) {
        this.measures = measures;
        this.parameters = parameters;
    }

    @GetMapping("/api/v1/procurements/measures")
    Answer measures(@RequestParam(required = false) String year, @RequestParam(required = false) String level) {
        int y = parameters.year(year);
        ClauseMeasureLevel l = parameters.level(level);
        return new Answer(y, l, measures.measures(y, l));
    }

    /** The answer: the year, the level and one entry per unit. */
    record Answer(int year, ClauseMeasureLevel level, List<ClauseMeasure> units) {
    }
}
