package org.salestrack.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.marketing.MarketingService;
import org.salestrack.model.marketing.Attribution;
import org.salestrack.model.marketing.AttributionModel;
import org.salestrack.model.marketing.ChannelCredit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attribution}: conversions and revenue credited to the touchpoint channels by one model or all. */
@Command(name = "attribution", description = "Multi-touch attribution of the touchpoints' conversions.")
final class AttributionCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "all",
            description = "first, last, linear, time-decay, position, markov, shapley or all (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<AttributionModel> models = model.equalsIgnoreCase("all") ? Arrays.asList(AttributionModel.values())
                : List.of(AttributionModel.byId(model));
        List<Attribution> result = new MarketingService(workspace.open()).attribution(models);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Attribution a : result) {
                List<Map<String, Object>> channels = new ArrayList<>();
                for (ChannelCredit c : a.channels()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("channel", c.channel());
                    m.put("conversions", CampaignsCommand.round(c.conversions(), 4));
                    m.put("value", CampaignsCommand.round(c.value(), 2));
                    m.put("removal_effect", c.removalEffect() == null ? null : CampaignsCommand.round(c.removalEffect(), 6));
                    channels.add(m);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("model", a.model().id());
                m.put("channels", channels);
                rows.add(m);
            }
            out.println(Json.write(Map.of("models", rows)));
            return 0;
        }
        for (Attribution a : result) {
            out.println(a.model().id() + ":");
            out.printf("  %-12s %12s %18s %10s%n", "channel", "conversions", "revenue (CNY)", "removal");
            for (ChannelCredit c : a.channels()) {
                out.printf(Locale.ROOT, "  %-12s %12.2f %,18.2f %10s%n", c.channel(), c.conversions(), c.value(),
                        c.removalEffect() == null ? "" : String.format(Locale.ROOT, "%.4f", c.removalEffect()));
            }
        }
        return 0;
    }
}
