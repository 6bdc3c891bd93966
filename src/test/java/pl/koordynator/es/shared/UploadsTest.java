package pl.koordynator.es.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadsTest {

    @Test
    void aFileOneByteOverItsLimitIsAProblemNamingFileWithTheLimit() {
        DataSize limit = DataSize.ofMegabytes(5);

        assertThatCode(() -> Uploads.require(new byte[(int) limit.toBytes()], limit)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Uploads.require(new byte[(int) limit.toBytes() + 1], limit))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsExactly(new FieldProblem("file", "file.tooLarge", new Object[] {BigDecimal.valueOf(5)})));
    }

    @Test
    void limitsAreToldInMegabytesAsPeopleWriteThem() {
        assertThat(Uploads.megabytes(DataSize.ofMegabytes(50))).isEqualTo(BigDecimal.valueOf(50));
        assertThat(Uploads.megabytes(DataSize.ofKilobytes(512))).isEqualTo(new BigDecimal("0.5"));
        assertThat(Uploads.megabytes(DataSize.ofGigabytes(1))).isEqualTo(BigDecimal.valueOf(1024));
    }

    @Test
    void theServersLimitIsTheLargestUploadsAndASettingCanRaiseIt() {
        UploadSettings defaults = UploadSettings.defaults();
        assertThat(defaults.organisations()).isEqualTo(DataSize.ofMegabytes(50));
        assertThat(defaults.reportAttachments()).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(defaults.largest()).isEqualTo(DataSize.ofMegabytes(50));
        assertThat(new UploadSettings(null, null, null, DataSize.ofMegabytes(80), null, null, null, null, null)
                .largest()).isEqualTo(DataSize.ofMegabytes(80));
        assertThatThrownBy(() -> new UploadSettings(null, null, DataSize.ofBytes(0), null, null, null, null, null,
                null)).hasMessageContaining("koordynator.uploads.terc");
    }
}
