package org.salestrack.ui;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.salestrack.ingest.read.UnreadableFileException;
import org.salestrack.model.InvalidInput;
import org.salestrack.model.Message;
import org.salestrack.model.StoreFailure;

/**
 * What the screens say about a failed task, decided here once by the failure's type (as Cryptomator's
 * {@code Tasks.onError} does) rather than by each screen reading {@code getMessage()}: the workspace store
 * failing (a full disk said as such), a file that cannot be read with its own reason, any other file problem
 * as one, in the user's language; a cancelled task not at all.
 */
public final class Failures {
    private Failures() {}

    /** The message for {@code e}; null for a cancelled task, which is no failure. */
    public static Message of(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) t = t.getCause();
        if (t instanceof CancellationException) return null;
        if (t instanceof InvalidInput bad) return bad.message();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.salestrack.model.Worded w) return w.message();
            if (c instanceof StoreFailure s) return s.diskFull() ? Message.of("error.disk_full") : Message.of("error.store", s.what());
            if (c instanceof UnreadableFileException u) return u.reason();
        }
        if (t instanceof IOException) return Message.of("error.file", detail(t));
        return Message.of("error.detail", detail(t));
    }

    /** {@link #of} in the workbench's language; empty for a cancelled task. */
    public static String text(I18n i18n, Throwable e) {
        return text(i18n, of(e));
    }

    /** A failure already put in words ({@link #of}) in the workbench's language; empty for none. */
    public static String text(I18n i18n, Message m) { return m == null ? "" : i18n.get(m, m.english()); }

    private static String detail(Throwable t) { return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage(); }
}
