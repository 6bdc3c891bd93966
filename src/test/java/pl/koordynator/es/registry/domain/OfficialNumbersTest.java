package pl.koordynator.es.registry.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficialNumbersTest {

    @ParameterizedTest
    @CsvSource({"5260250995,5260250995", "526-025-09-95,5260250995", "526 025 09 95,5260250995",
            "PL5260250995,5260250995", "pl 774-000-14-54,7740001454", " 1132853869 ,1132853869"})
    void nipIsAcceptedWithSpacesDashesAndCountryPrefixAndStoredAsDigits(String typed, String stored) {
        assertThat(Nip.parse(typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "5260250994", "5260250996"})
    void nipWithAWrongCheckDigitIsRefused(String typed) {
        assertThatThrownBy(() -> Nip.parse(typed)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("registry.nip.checksum"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"526025099", "52602509955", "52602509a5", "", "---"})
    void nipOfTheWrongShapeIsRefused(String typed) {
        assertThatThrownBy(() -> Nip.parse(typed)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("registry.nip.format"));
    }

    @Test
    void nipWhoseWeightedSumGivesTenIsNeverValid() {
        // find nine digits whose weighted sum is 10 mod 11: no tenth digit can make them a NIP
        String tenSum = null;
        for (int n = 0; n < 1_000_000 && tenSum == null; n++) {
            String first = String.format("%09d", n);
            int sum = 0;
            int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
            for (int i = 0; i < 9; i++) {
                sum += (first.charAt(i) - '0') * weights[i];
            }
            if (sum % 11 == 10) {
                tenSum = first;
            }
        }
        for (int check = 0; check <= 9; check++) {
            String candidate = tenSum + check;
            assertThatThrownBy(() -> Nip.parse(candidate)).isInstanceOf(InvalidValueException.class);
        }
    }

    @ParameterizedTest
    @CsvSource({"012345675,012345675", "123-456-785,123456785", "192 598 184,192598184",
            "12345678512347,12345678512347"})
    void regonOfNineOrFourteenDigitsWithRightCheckDigitsIsAccepted(String typed, String stored) {
        assertThat(Regon.parse(typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"123456784,registry.regon.checksum", "12345678512346,registry.regon.checksum",
            "12345678412347,registry.regon.checksum", "1234567,registry.regon.format",
            "1234567890,registry.regon.format", "12345678x,registry.regon.format"})
    void regonWithAWrongLengthOrCheckDigitIsRefused(String typed, String key) {
        assertThatThrownBy(() -> Regon.parse(typed)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @ParameterizedTest
    @CsvSource({"0000123456,0000123456", "0000-123-456,0000123456", "00001 23456,0000123456"})
    void krsOfTenDigitsIsAccepted(String typed, String stored) {
        assertThat(Krs.parse(typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "12345678901", "000012345a", "0000000000"})
    void krsThatIsNotTenDigitsIsRefused(String typed) {
        assertThatThrownBy(() -> Krs.parse(typed)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("registry.krs.format"));
    }

    @ParameterizedTest
    @CsvSource({"80-001,80-001", "80001,80-001", "80 001,80-001"})
    void postalCodeIsStoredAsNnDashNnn(String typed, String stored) {
        assertThat(PostalCode.parse(typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8-0001", "800011", "8000", "ab-cde"})
    void postalCodeOfAnotherShapeIsRefused(String typed) {
        assertThatThrownBy(() -> PostalCode.parse(typed)).isInstanceOf(InvalidValueException.class);
    }
}
