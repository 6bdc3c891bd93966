package pl.koordynator.es.networks.domain;

import org.springframework.stereotype.Service;

/** The measures of ties, members and meetings per year and area; public counts. */
@Service
public class NetworkMeasures {

    /** {@code level}: region, subregion or powiat. */
    public TieMeasures measures(int year, String level) {
        throw new UnsupportedOperationException("skeleton");
    }
}
