package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big workspace that closed cleanly is checked by its structure at open, not page by page (issue 23: a whole
 * quick_check took 7 s of CPU at every launch on 10M lines). The structure still refuses an overwritten
 * table root and a cut file; a file left with a write-ahead log is checked whole whatever its size.
 */
class WorkspaceCheckStructureTest {
    @TempDir
    Path dir;

    @Test
    void anIntactWorkspaceOpensOnItsStructure() throws Exception {
        Path f = closed("ok.db");
        WorkspaceCheck.Found found = WorkspaceCheck.inspect(f, null, Workspace::flyway, 0);
        assertThat(found.fresh()).isFalse();
        assertThat(found.pending()).isEmpty();
    }

    @Test
    void anOverwrittenTableRootIsRefusedWithoutReadingEveryPage() throws Exception {
        Path f = closed("root.db");
        ClosedWorkspaces.damageRoot(f, "SELECT rootpage FROM sqlite_master WHERE name = 'province'", 0x0D);
        assertThatThrownBy(() -> WorkspaceCheck.inspect(f, null, Workspace::flyway, 0))
                .isInstanceOfSatisfying(WorkspaceRefusedException.class, e -> assertThat(e.reason()).isEqualTo(WorkspaceRefusedException.Reason.CORRUPT));
    }

    @Test
    void aCutFileIsRefused() throws Exception {
        Path f = closed("cut.db");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(raf.length() - 1024 - 512);
        }
        assertThatThrownBy(() -> WorkspaceCheck.inspect(f, null, Workspace::flyway, 0))
                // caught by the page count against the size, or by the schema read when the cut reaches its pages
                .isInstanceOfSatisfying(WorkspaceRefusedException.class, e -> assertThat(e.reason()).isEqualTo(WorkspaceRefusedException.Reason.CORRUPT));
    }

    @Test
    void aFileLeftWithAWriteAheadLogIsCheckedWhole() throws Exception {
        Path f = closed("wal.db");
        // damage an index page, which the structure does not read: only the whole check sees it
        ClosedWorkspaces.damageRoot(f, "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sale' AND rootpage > 0 LIMIT 1", 0x0A);
        assertThat(WorkspaceCheck.inspect(f, null, Workspace::flyway, 0).fresh()).isFalse();
        Files.write(Path.of(f + "-wal"), new byte[] {1});
        assertThatThrownBy(() -> WorkspaceCheck.inspect(f, null, Workspace::flyway, 0))
                .isInstanceOfSatisfying(WorkspaceRefusedException.class, e -> assertThat(e.reason()).isEqualTo(WorkspaceRefusedException.Reason.CORRUPT));
    }

    private Path closed(String name) throws Exception { return ClosedWorkspaces.closed(dir.resolve(name)); }
}
