package pl.koordynator.es.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZipBombCheckTest {

    static final DataSize LIMIT = DataSize.ofMegabytes(250);

    @Test
    void aRealWorkbookPasses() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Rejestr");
        for (int row = 0; row < 20_000; row++) {
            sheet.value(row, 0, "Spółdzielnia Socjalna nr " + row);
            sheet.value(row, 1, "Spółdzielnia socjalna");
            sheet.value(row, 2, 2261011 + row % 50);
            sheet.value(row, 3, "ul. Długa " + row % 300);
        }
        workbook.finish();

        assertThatCode(() -> ZipBombCheck.require(out.toByteArray(), LIMIT, 100)).doesNotThrowAnyException();
    }

    @Test
    void aSheetOfAGigabyteOfZerosIsRefusedByItsRatio() {
        byte[] bomb = ZipBombs.sheetOfAGigabyteOfZeros();
        assertThat(bomb.length).isLessThan(2_000_000);

        assertRefused(() -> ZipBombCheck.require(bomb, LIMIT, 100), 250, 100);
    }

    @Test
    void theUnpackedTotalIsCountedAsItComesOutWhateverTheRatio() {
        byte[] bomb = ZipBombs.sheetOfAGigabyteOfZeros();

        assertRefused(() -> ZipBombCheck.require(bomb, LIMIT, Integer.MAX_VALUE), 250, Integer.MAX_VALUE);
        byte[] text = ZipBombs.zip("xl/worksheets/sheet1.xml", 3 << 20, new Random(1));
        assertThatCode(() -> ZipBombCheck.require(text, DataSize.ofMegabytes(4), 100)).doesNotThrowAnyException();
        assertRefused(() -> ZipBombCheck.require(text, DataSize.ofMegabytes(2), 100), 2, 100);
    }

    /** A terabyte declared through 1,000 overlapping entries: only a check that stops early returns in time. */
    @Test
    void aBombIsNeverUnpackedInFull() {
        byte[] terabyte = ZipBombs.withOverlappingCopies(ZipBombs.sheetOfAGigabyteOfZeros(), 1_000);
        long started = System.nanoTime();

        assertRefused(() -> ZipBombCheck.require(terabyte, LIMIT, 100), 250, 100);
        assertRefused(() -> ZipBombCheck.require(terabyte, LIMIT, Integer.MAX_VALUE), 250, Integer.MAX_VALUE);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
    }

    /** What fastexcel's reader would unpack: every entry of the central directory, overlapping or not. */
    @Test
    void overlappingEntriesCountEveryTimeTheyAreListed() {
        byte[] once = ZipBombs.zip("xl/worksheets/sheet1.xml", 600 * 1024, new Random(2));
        byte[] tenTimes = ZipBombs.withOverlappingCopies(once, 10);

        assertThatCode(() -> ZipBombCheck.require(once, DataSize.ofMegabytes(5), 100)).doesNotThrowAnyException();
        assertRefused(() -> ZipBombCheck.require(tenTimes, DataSize.ofMegabytes(5), 100), 5, 100);
    }

    @Test
    void tensOfThousandsOfEntriesAreRefusedBeforeTheDirectoryIsRead() {
        assertThatCode(() -> ZipBombCheck.require(ZipBombs.manyEntries(500), LIMIT, 100)).doesNotThrowAnyException();
        assertRefused(() -> ZipBombCheck.require(ZipBombs.manyEntries(ZipBombCheck.MAX_ENTRIES + 1), LIMIT, 100),
                250, 100);
    }

    @Test
    void whatIsNotAZipIsLeftToTheReaderToReport() {
        assertThatThrownBy(() -> ZipBombCheck.require("PK not a zip".getBytes(StandardCharsets.UTF_8), LIMIT, 100))
                .isInstanceOf(IOException.class);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable check, int megabytes,
            int ratio) {
        assertThatThrownBy(check).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.problems()).containsExactly(new FieldProblem("file", "file.unpacksTooLarge",
                        new Object[] {java.math.BigDecimal.valueOf(megabytes), ratio})));
    }
}
