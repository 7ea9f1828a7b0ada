package org.salestrack.store.postgres;

import java.nio.file.Path;
import org.salestrack.store.Workspace;

/**
 * The same sales on SQLite and on the national store: two South China files sharing 300 orders and a North China
 * file, imported into one workspace and published to a new store, read there by a head-office role and by a South
 * China analyst; beside them a workspace of the South files alone, what the analyst's role should read.
 *
 * @param local the workspace that was published
 * @param southLocal a workspace of the South China files only
 * @param hq the store as head office reads it
 * @param south the store as a South China analyst reads it (row-level security)
 */
record TwoRegions(Workspace local, Workspace southLocal, Workspace hq, Workspace south) {
    /** {@code role} prefixes the two login roles; {@code seed} makes the lines. */
    static TwoRegions published(Path dir, String role, long seed) throws Exception {
        Path s = SalesFiles.write(dir.resolve("s.csv"), "Q", 0, 1500, SalesFiles.SOUTH, seed);
        Path s2 = SalesFiles.write(dir.resolve("s2.csv"), "Q", 1200, 600, SalesFiles.SOUTH, seed);
        Path n = SalesFiles.write(dir.resolve("n.csv"), "M", 0, 1000, SalesFiles.NORTH, seed + 1);
        Workspace local = NationalPublishTest.workspace(dir.resolve("ws"), s, s2, n).workspace;
        Workspace southLocal = NationalPublishTest.workspace(dir.resolve("south"), s, s2).workspace;
        ServerAddress owner = NationalServers.newDatabase();
        new Publisher(local, NationalStore.open(owner)).publish();
        return new TwoRegions(local, southLocal, NationalStore.open(NationalServers.person(owner, role + "_hq")).workspace(),
                NationalStore.open(NationalServers.person(owner, role + "_south", "华南")).workspace());
    }
}
