package org.salestrack.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.salestrack.model.AuditBreak;
import org.salestrack.model.AuditEntry;

/**
 * The hash chain of the audit log: each entry's hash covers its own fields and the hash of the entry before
 * it. Fields are length-prefixed, so moving text from one field to the next changes the hash too.
 */
public final class AuditChain {
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    public static String hash(String prevHash, long id, String at, String who, String version, String action, String subject, String detail) {
        StringBuilder b = new StringBuilder(256).append(prevHash).append('\n').append(id).append('\n');
        for (String f : new String[] {at, who, version, action, subject, detail}) {
            if (f == null) b.append("-\n");
            else b.append(f.length()).append(':').append(f).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String hash(AuditEntry e) {
        return hash(e.prevHash(), e.id(), e.at(), e.who(), e.version(), e.action(), e.subject(), e.detail());
    }

    /** Walks entries in id order and keeps the first one that breaks the chain. */
    public static final class Walk {
        private String previous = GENESIS;
        private long checked;
        private AuditBreak broken;

        public void accept(AuditEntry e) {
            if (broken != null) return;
            checked++;
            if (e.hash() == null || e.prevHash() == null) broken = new AuditBreak(e, AuditBreak.Kind.UNCHAINED);
            else if (!hash(e).equals(e.hash())) broken = new AuditBreak(e, AuditBreak.Kind.EDITED);
            else if (!e.prevHash().equals(previous)) broken = new AuditBreak(e, AuditBreak.Kind.UNLINKED);
            previous = e.hash();
        }

        public long checked() { return checked; }

        public Optional<AuditBreak> broken() { return Optional.ofNullable(broken); }
    }
}
