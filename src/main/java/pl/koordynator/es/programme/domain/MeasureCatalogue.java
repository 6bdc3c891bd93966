package pl.koordynator.es.programme.domain;

import java.util.List;

import org.springframework.stereotype.Service;

/** Every measure the modules offer ({@link pl.koordynator.es.shared.ProgrammeMeasures} beans), in the reader's language. */
@Service
public class MeasureCatalogue {

    public List<MeasureView> measures() {
        throw new UnsupportedOperationException("not yet");
    }
}
