package org.salestrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 23: the save dialog forgot the last folder; every workbook began in the home folder again. */
class LastFolderTest {
    @TempDir
    Path dir;

    @Test
    void theNextDialogOpensWhereTheLastFileWasSavedEvenAfterARestart() throws Exception {
        Path store = dir.resolve("home/.salestrack/last-folder");
        FxDialogService first = new FxDialogService(null, new LastFolder(store));
        assertThat(first.chooser("Save").getInitialDirectory()).as("nothing picked yet: the platform's default").isNull();

        Path reports = Files.createDirectories(dir.resolve("finance/2025-12"));
        new LastFolder(store).remember(reports.resolve("sales-2025-12.xlsx"));

        FxDialogService afterRestart = new FxDialogService(null, new LastFolder(store));
        assertThat(afterRestart.chooser("Save").getInitialDirectory()).isEqualTo(reports.toFile());
    }

    @Test
    void aFolderThatNoLongerExistsIsForgotten() throws Exception {
        LastFolder last = new LastFolder(dir.resolve("last-folder"));
        Path gone = Files.createDirectories(dir.resolve("usb-stick"));
        last.remember(gone.resolve("export.csv"));
        assertThat(last.folder()).contains(gone);
        Files.delete(gone);
        assertThat(last.folder()).isEmpty();
        assertThat(new FxDialogService(null, last).chooser("Open").getInitialDirectory()).isNull();
    }
}
