package org.salestrack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.salestrack.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rekey}: an encrypted workspace's passphrase changed; the old one no longer opens it. */
@Command(name = "rekey", description = "Change an encrypted workspace's passphrase: the current one from --passphrase-file F or "
        + "SALESTRACK_PASSPHRASE, the new one from --new-passphrase-file F or SALESTRACK_NEW_PASSPHRASE. Close the workbench on it first.")
final class RekeyCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--new-passphrase-file", paramLabel = "F", description = "File holding the new passphrase (else SALESTRACK_NEW_PASSPHRASE).")
    Path newPassphraseFile;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path f = workspace.path();
        if (!Workspace.encrypted(f)) throw new IllegalArgumentException(f + " is not encrypted: encrypt it first");
        String next = Passphrases.requiredNew(newPassphraseFile, Passphrases.NEW_ENV, "--new-passphrase-file");
        workspace.open().changePassphrase(next);
        spec.commandLine().getOut().printf("changed the passphrase of %s; the old one no longer opens it%n", f);
        return ExitCodes.OK;
    }
}
