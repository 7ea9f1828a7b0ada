package org.salestrack.ui.dashboard;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.salestrack.analytics.explore.Trend;
import org.salestrack.analytics.marketing.CampaignMarks;
import org.salestrack.model.Campaign;
import org.salestrack.ui.I18n;

/**
 * Shades the trend's periods in which a campaign ran (the ones the filters reach) and names the campaigns
 * in the tooltip of the points of those periods, so a peak reads as a promotion, not as organic demand.
 */
final class TrendCampaignMarks {
    static final Color SHADE = new Color(255, 170, 0, 46);

    private final JFreeChart chart;
    private final I18n i18n;
    private final Label note = new Label();
    private final Map<String, String> byPeriod = new HashMap<>();

    TrendCampaignMarks(JFreeChart chart, I18n i18n) {
        this.chart = chart;
        this.i18n = i18n;
        note.setId("dashboard-trend-campaigns");
        note.getStyleClass().add("kpi-note");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        note.setVisible(false);
    }

    /** The chart's own tooltip (the money axis sets it afresh on every redraw), followed by the period's campaigns. */
    private final class WithCampaigns implements CategoryToolTipGenerator {
        private final CategoryToolTipGenerator inner;

        WithCampaigns(CategoryToolTipGenerator inner) { this.inner = inner; }

        @Override
        public String generateToolTip(CategoryDataset data, int row, int column) {
            String tip = inner == null ? String.valueOf(data.getColumnKey(column)) : inner.generateToolTip(data, row, column);
            String names = row == 0 ? byPeriod.get(String.valueOf(data.getColumnKey(column))) : null;
            return names == null ? tip : tip + " — " + i18n.get("dashboard.campaigns.tooltip", names);
        }
    }

    /** The line under the chart saying what the shading is; hidden when nothing is shaded. */
    Label note() { return note; }

    /** The tooltip's campaigns by period label (the category keys of the chart), for checks. */
    Map<String, String> campaignsByPeriod() { return Map.copyOf(byPeriod); }

    /** @param labels the category keys the chart shows for {@code trend}'s periods, in the same order */
    void apply(Trend trend, List<String> labels, List<Campaign> campaigns) {
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryToolTipGenerator tips = plot.getRenderer().getDefaultToolTipGenerator();
        if (!(tips instanceof WithCampaigns)) plot.getRenderer().setDefaultToolTipGenerator(new WithCampaigns(tips));
        plot.clearDomainMarkers();
        byPeriod.clear();
        int marked = 0;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < labels.size() && i < trend.periods().size(); i++) {
            String p = trend.periods().get(i);
            List<Campaign> running = CampaignMarks.running(campaigns, trend.grain().first(p), trend.grain().last(p));
            if (running.isEmpty()) continue;
            CategoryMarker m = new CategoryMarker(labels.get(i), SHADE, new java.awt.BasicStroke(1f));
            m.setDrawAsLine(false);
            plot.addDomainMarker(m, Layer.BACKGROUND);
            byPeriod.put(labels.get(i), String.join(", ", running.stream().map(TrendCampaignMarks::name).toList()));
            for (Campaign c : running) if (!names.contains(c.code())) names.add(c.code());
            marked++;
        }
        note.setVisible(marked > 0);
        note.setText(marked == 0 ? "" : i18n.get("dashboard.campaigns.note", names.size()));
    }

    private static String name(Campaign c) {
        return c.name() == null || c.name().isBlank() ? c.code() : c.name() + " (" + c.code() + ")";
    }
}
