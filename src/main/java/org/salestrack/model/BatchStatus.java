package org.salestrack.model;

import java.util.Locale;

/**
 * Where an import batch stands (table import_batch, column status), and what an import of a file did.
 * {@link #id()} is the text the workspace keeps and the CLI prints.
 */
public enum BatchStatus {
    /** the file is being read; a batch left so by a kill was rolled back with its transaction */
    IMPORTING,
    /** the file's lines are in the workspace */
    STORED,
    /** undone: everything the batch stored was removed */
    UNDONE,
    /** an import outcome, never a row's: the same file is stored already, so nothing was added */
    ALREADY_IMPORTED;

    public String id() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The status with this {@link #id()}. */
    public static BatchStatus of(String id) {
        for (BatchStatus s : values()) if (s.id().equals(id)) return s;
        throw new IllegalArgumentException("unknown batch status '" + id + "'");
    }
}
