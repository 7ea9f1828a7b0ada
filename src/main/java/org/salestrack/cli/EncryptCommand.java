package org.salestrack.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.salestrack.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code encrypt}: a plain workspace encrypted in place (AES-256, sqlcipher) under a new passphrase. */
@Command(name = "encrypt", description = "Encrypt a plain workspace (AES-256, sqlcipher) under the passphrase from --passphrase-file F "
        + "or SALESTRACK_PASSPHRASE. Close the workbench on it first.")
final class EncryptCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path f = workspace.path();
        if (!Files.exists(f)) throw new IllegalArgumentException("there is no workspace at " + f);
        if (Workspace.encrypted(f)) throw new IllegalArgumentException(f + " is encrypted already: change its passphrase with rekey");
        String next = Passphrases.requiredNew(workspace.passphraseFile, Passphrases.ENV, "--passphrase-file");
        Workspace.open(f).encrypt(next);
        spec.commandLine().getOut().printf("encrypted %s (sqlcipher, AES-256); it opens only with its passphrase from now on%n", f);
        return ExitCodes.OK;
    }
}
