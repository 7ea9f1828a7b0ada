package org.salestrack.ui.start;

import java.nio.file.Path;

/** Opens (creating and migrating if needed) a workspace file; implemented by the app, which may use the store. */
@FunctionalInterface
public interface WorkspaceOpener {
    /**
     * @param passphrase an encrypted workspace's passphrase, or the one to create a new workspace encrypted under;
     *     null for a plain workspace
     * @throws PassphraseRefusedException when the file is encrypted and the passphrase is missing or wrong
     */
    OpenedWorkspace open(Path file, String passphrase);
}
