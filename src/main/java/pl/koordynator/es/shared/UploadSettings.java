package pl.koordynator.es.shared;

import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large an uploaded file may be, per upload ({@code koordynator.uploads.*}), and how far an
 * XLSX may unpack and a GeoJSON may reach. Each module checks its own limit where it handles the
 * file; the server refuses anything larger than the largest of them before reading it all
 * ({@code shared.web.UploadLimits}). Defaults are sized from real files, with room to spare.
 *
 * @param organisations      a register import, CSV or XLSX: 100,000 organisations are about 35 MB as
 *                           CSV and 15 MB as XLSX
 * @param statistics         a statistics import (long CSV or a BDL export); every gmina and powiat
 *                           of Poland with ten indicators over ten years is about 7 MB
 * @param terc               a TERC CSV; the whole country's is about 1 MB
 * @param boundaries         a GeoJSON boundary import; the simplified gminas of the whole country
 *                           are 30–50 MB
 * @param reportAttachments  a PDF attached to an OWES report
 * @param xlsxUnpacked       how much an XLSX may unpack to in total, counted as it is unpacked
 *                           (100,000 organisations unpack to about 110 MB)
 * @param xlsxRatio          how many times larger than its compressed size one entry of an XLSX
 *                           may unpack to (real sheets: up to about 15; Apache POI's default: 100)
 * @param boundaryFeatures   features of one GeoJSON upload (Poland has 2,477 gminas)
 * @param boundaryVertices   coordinates (points) of all geometries of one GeoJSON upload
 */
@ConfigurationProperties("koordynator.uploads")
public record UploadSettings(DataSize organisations, DataSize statistics, DataSize terc, DataSize boundaries,
        DataSize reportAttachments, DataSize xlsxUnpacked, Integer xlsxRatio, Integer boundaryFeatures,
        Integer boundaryVertices) {

    public UploadSettings {
        organisations = positive("organisations", organisations, DataSize.ofMegabytes(50));
        statistics = positive("statistics", statistics, DataSize.ofMegabytes(20));
        terc = positive("terc", terc, DataSize.ofMegabytes(5));
        boundaries = positive("boundaries", boundaries, DataSize.ofMegabytes(50));
        reportAttachments = positive("report-attachments", reportAttachments, DataSize.ofMegabytes(10));
        xlsxUnpacked = positive("xlsx-unpacked", xlsxUnpacked, DataSize.ofMegabytes(250));
        xlsxRatio = positive("xlsx-ratio", xlsxRatio, 100);
        boundaryFeatures = positive("boundary-features", boundaryFeatures, 5_000);
        boundaryVertices = positive("boundary-vertices", boundaryVertices, 2_000_000);
    }

    /** The limits as they are without any setting. */
    public static UploadSettings defaults() {
        return new UploadSettings(null, null, null, null, null, null, null, null, null);
    }

    /** The largest file any upload takes: the server's own limit. */
    public DataSize largest() {
        return Stream.of(organisations, statistics, terc, boundaries, reportAttachments)
                .max(DataSize::compareTo).orElseThrow();
    }

    private static DataSize positive(String name, DataSize value, DataSize otherwise) {
        if (value != null && value.toBytes() <= 0) {
            throw new IllegalArgumentException("koordynator.uploads." + name + " must be more than 0, not " + value);
        }
        return value == null ? otherwise : value;
    }

    private static Integer positive(String name, Integer value, int otherwise) {
        if (value != null && value <= 0) {
            throw new IllegalArgumentException("koordynator.uploads." + name + " must be more than 0, not " + value);
        }
        return value == null ? otherwise : value;
    }
}
