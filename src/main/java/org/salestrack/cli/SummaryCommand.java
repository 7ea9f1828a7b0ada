package org.salestrack.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.model.SummaryRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summary}: totals of counted sales grouped by dimensions. */
@Command(name = "summary", description = "Totals (rows, orders, qty, amount, margin) grouped by dimensions.")
final class SummaryCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--by", split = ",", paramLabel = "DIM[,DIM]",
            description = "country region province city channel channel_type dealer store category series model sku year quarter month week day")
    List<String> by = new ArrayList<>();

    @Option(names = "--from", paramLabel = "D", description = "First day (YYYY-MM-DD), included.")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "Last day (YYYY-MM-DD), included.")
    String to;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Mixin
    PureOption pure;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        checkDate(from, "--from");
        checkDate(to, "--to");
        List<SummaryRow> rows = new ExploreService(workspace.openWithStore()).summary(by, from, to, pure.pureSales());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (SummaryRow r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < by.size(); i++) m.put(by.get(i), r.keys().get(i));
                m.put("rows", r.rows());
                m.put("orders", r.orders());
                m.put("qty", r.qty());
                m.put("amount", r.amount());
                m.put("margin", r.margin());
                list.add(m);
            }
            out.println(Json.write(Map.of("rows", list)));
        } else {
            out.println(String.join("\t", by) + (by.isEmpty() ? "" : "\t") + "rows\torders\tqty\tamount\tmargin");
            for (SummaryRow r : rows) {
                out.println(String.join("\t", r.keys()) + (by.isEmpty() ? "" : "\t") + r.rows() + "\t" + r.orders() + "\t" + r.qty()
                        + "\t" + r.amount().toPlainString() + "\t" + r.margin().toPlainString());
            }
        }
        return ExitCodes.OK;
    }

    private static void checkDate(String d, String option) {
        if (d != null && !d.matches("\\d{4}-\\d{2}-\\d{2}")) throw new IllegalArgumentException(option + " takes a day as YYYY-MM-DD, not '" + d + "'");
    }
}
