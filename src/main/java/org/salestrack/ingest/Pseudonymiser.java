package org.salestrack.ingest;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces personal data (customer ids, names, phones) by a keyed hash before anything is stored.
 * The key is the workspace's own, so the same customer links across files but the id cannot be
 * reversed or matched against another workspace.
 */
public final class Pseudonymiser {
    private final Mac mac;

    public Pseudonymiser(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stable pseudonym like "C-3f9a0c12d4e5b6a7", or null when there is nothing to identify. */
    public synchronized String pseudonym(String id, String name, String phone) {
        String basis;
        if (id != null && !id.isBlank()) basis = "id:" + id.strip();
        else if (phone != null && !phone.isBlank()) basis = "phone:" + phone.replaceAll("[^0-9]", "");
        else if (name != null && !name.isBlank()) basis = "name:" + name.strip();
        else return null;
        byte[] h = mac.doFinal(basis.getBytes(StandardCharsets.UTF_8));
        StringBuilder b = new StringBuilder("C-");
        for (int i = 0; i < 8; i++) b.append(Character.forDigit((h[i] >> 4) & 0xF, 16)).append(Character.forDigit(h[i] & 0xF, 16));
        return b.toString();
    }
}
