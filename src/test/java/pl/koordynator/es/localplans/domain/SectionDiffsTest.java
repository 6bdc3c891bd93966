package pl.koordynator.es.localplans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.localplans.SectionDiff;
import pl.koordynator.es.localplans.SectionDiff.Change;
import pl.koordynator.es.localplans.SectionDiff.Piece;

class SectionDiffsTest {

    @Test
    void aChangedWordIsDeletedAndInsertedAndTheRestUnchanged() {
        SectionDiff diff = SectionDiffs.between(1, 2, "Ala ma kota.", "Ala ma psa.");

        assertThat(diff.pieces()).containsExactly(new Piece(Change.UNCHANGED, "Ala ma "),
                new Piece(Change.DELETED, "kota."), new Piece(Change.INSERTED, "psa."));
        assertThat(diff.changed()).isTrue();
    }

    @Test
    void lineBreaksAreKept() {
        SectionDiff diff = SectionDiffs.between(1, 2, "Pierwsza linia", "Pierwsza linia\nDruga linia");

        assertThat(diff.pieces()).containsExactly(new Piece(Change.UNCHANGED, "Pierwsza linia"),
                new Piece(Change.INSERTED, "\nDruga linia"));
        assertThat(diff.pieces().get(1).lines()).containsExactly("", "Druga linia");
    }

    @Test
    void fromNothingEverythingIsInsertedAndTheSameTextIsUnchanged() {
        assertThat(SectionDiffs.between(0, 1, "", "Nowy tekst").pieces())
                .containsExactly(new Piece(Change.INSERTED, "Nowy tekst"));
        assertThat(SectionDiffs.between(1, 2, "Ten sam\r\ntekst", "Ten sam\ntekst").changed()).isFalse();
    }
}
