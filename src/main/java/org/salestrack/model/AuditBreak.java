package org.salestrack.model;

/** The first link of the audit chain that does not hold: which entry, and why. */
public record AuditBreak(AuditEntry entry, Kind kind) {
    public long id() { return entry.id(); }

    public enum Kind {
        /** the entry's content no longer matches its hash: it was edited */
        EDITED("edited"),
        /** the entry does not point at the entry before it: an entry before it was removed or inserted */
        UNLINKED("unlinked"),
        /** the entry carries no hash: written around the app */
        UNCHAINED("unchained");

        private final String id;

        Kind(String id) { this.id = id; }

        public String id() { return id; }
    }
}
