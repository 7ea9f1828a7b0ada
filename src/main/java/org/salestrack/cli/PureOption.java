package org.salestrack.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.salestrack.model.cube.PureSales;
import picocli.CommandLine.Option;

/** "Pure" sales on the command line (issue 16 #5): leave out campaign windows, all of them or those of chosen tags. */
final class PureOption {
    @Option(names = "--pure", description = "Leave out the sales every campaign covers (its days, channels and region): an unpromoted base.")
    boolean pure;

    @Option(names = "--exclude-tags", split = ",", paramLabel = "TAG[,TAG]",
            description = "Leave out the sales of the campaigns with these tags only (e.g. 618,双11).")
    List<String> tags = new ArrayList<>();

    PureSales pureSales() {
        if (pure && !tags.isEmpty()) throw new IllegalArgumentException("give --pure (every campaign) or --exclude-tags (some tags), not both");
        if (!tags.isEmpty()) return PureSales.tags(new LinkedHashSet<>(tags));
        return pure ? PureSales.ALL : PureSales.OFF;
    }
}
