package org.salestrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.salestrack.ingest.read.UnreadableFileException;
import org.salestrack.model.Message;
import org.salestrack.store.StoreException;

/** What a screen says about a failure is decided by the failure's type, in the screen's language, never its raw text alone. */
class FailuresTest {
    private final I18n en = new I18n(I18n.ENGLISH);
    private final I18n zh = new I18n(I18n.CHINESE);

    @Test
    void aStoreFailureIsSaidAsTheWorkspaceFailingInTheReadersLanguage() {
        StoreException e = new StoreException("cannot read alerts", new SQLException("[SQLITE_BUSY] database is locked"));
        assertThat(Failures.of(e)).isEqualTo(Message.of("error.store", "cannot read alerts"));
        assertThat(Failures.text(en, e)).isEqualTo("The workspace could not do it (cannot read alerts); nothing was half-changed.");
        assertThat(Failures.text(zh, e)).isEqualTo("工作区未能完成此操作（cannot read alerts）；没有留下改了一半的数据。");
    }

    @Test
    void aFullDiskAnywhereInTheCauseChainIsSaidAsAFullDisk() {
        StoreException e = new StoreException("cannot store batch 4",
                new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"));
        // as a background task hands it over: wrapped
        assertThat(Failures.of(new CompletionException(e))).isEqualTo(Message.of("error.disk_full"));
        assertThat(Failures.text(zh, e)).isEqualTo("磁盘已满：请腾出空间后重试；没有留下改了一半的数据。");
    }

    @Test
    void aFileThatCannotBeReadGivesItsOwnReasonAndAnyOtherFileProblemIsSaidAsOne() {
        Message reason = Message.of("import.reason.verbatim", "no rows: the file is empty");
        assertThat(Failures.of(new UnreadableFileException(reason))).isSameAs(reason);
        assertThat(Failures.text(en, new IOException("/tmp/out.xlsx (Permission denied)")))
                .isEqualTo("A file could not be read or written: /tmp/out.xlsx (Permission denied)");
    }

    @Test
    void aCancelledTaskIsNoFailureAndAnUnknownOneKeepsItsWordsSaidAsUnexpected() {
        assertThat(Failures.of(new CancellationException())).isNull();
        assertThat(Failures.text(en, new CompletionException(new CancellationException()))).isEmpty();
        assertThat(Failures.text(zh, new IllegalStateException("no dealer figures"))).isEqualTo("no dealer figures（意外的失败）");
        assertThat(Failures.text(en, new NullPointerException())).isEqualTo("NullPointerException (an unexpected failure)");
    }
}
