package org.salestrack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.salestrack.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code decrypt}: an encrypted workspace made a plain SQLite file again. */
@Command(name = "decrypt", description = "Decrypt a workspace (its passphrase from --passphrase-file F or SALESTRACK_PASSPHRASE): "
        + "it is a plain SQLite file afterwards. Close the workbench on it first.")
final class DecryptCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path f = workspace.path();
        if (!Workspace.encrypted(f)) throw new IllegalArgumentException(f + " is not encrypted");
        workspace.open().decrypt();
        spec.commandLine().getOut().printf("decrypted %s: it is a plain SQLite file now, readable without a passphrase%n", f);
        return ExitCodes.OK;
    }
}
