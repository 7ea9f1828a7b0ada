package org.salestrack.analytics.dealer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Two Guangdong dealers imported the way a user imports them (test resources under /dealer/), with figures
 * chosen so every scorecard number is known:
 * <ul>
 *   <li>D001, T2, on the digital tools: 2025-Q3 sales 1,000,000.00 (1,200 units) in 广州 深圳 东莞 佛山 = 4 of the 4
 *       Guangdong cities, target 900,000.00, 2025-Q2 750,000.00 (广州 only), 2024-Q3 800,000.00 (growth 25%), NPS 90,
 *       48 h 95%, stock 300 at 2025-09-30. Grade B (C in Q2); rebate 3% x 1,000,000 + 8% x 100,000 + 3% x 1,000,000 = 68,000.00.</li>
 *   <li>D002, T3: 2025-Q3 sales 200,000.00 (60 units) in 深圳 only = 1 of 4 cities, target 250,000.00, Q2 200,000.00 in
 *       all four cities, no sales a year before, NPS 40, 48 h 60%, stock 50. Grade C (B in Q2); rebate 1% = 2,000.00.</li>
 * </ul>
 */
public final class DealerWorkspace {
    private DealerWorkspace() {}

    public static Workspace create(Path dir) {
        try {
            Workspace ws = Workspace.open(dir.resolve("workspace.db"));
            ImportService imports = new ImportService(ws, ProfileLibrary.load(null), ImportPolicy.DEFAULT);
            load(imports, dir, "dealers.csv", profile("dealer-test-register.json"));
            load(imports, dir, "sales.csv", profile("dealer-test-sales.json"));
            load(imports, dir, "sell-in.csv", imports.library().byName("sell-in").orElseThrow());
            load(imports, dir, "targets.csv", imports.library().byName("targets").orElseThrow());
            load(imports, dir, "dealer-service.csv", imports.library().byName("dealer-service").orElseThrow());
            load(imports, dir, "dealer-stock.csv", imports.library().byName("store-stock").orElseThrow());
            return ws;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MappingProfile profile(String name) throws IOException {
        try (InputStream in = DealerWorkspace.class.getResourceAsStream("/dealer/" + name)) {
            return ProfileCodec.read(in, name);
        }
    }

    private static void load(ImportService imports, Path dir, String name, MappingProfile p) throws Exception {
        Path f = dir.resolve(name);
        try (InputStream in = DealerWorkspace.class.getResourceAsStream("/dealer/" + name)) {
            Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
        }
        var r = imports.importFile(f, p, ProgressListener.NONE, Cancellation.none());
        if (r.stored() != r.read()) throw new IllegalStateException(name + ": stored " + r.stored() + " of " + r.read());
    }
}
