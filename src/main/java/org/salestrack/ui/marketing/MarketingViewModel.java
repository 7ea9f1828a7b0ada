package org.salestrack.ui.marketing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.analytics.marketing.BetaBinomialTest;
import org.salestrack.analytics.marketing.MarketingService;
import org.salestrack.analytics.marketing.ThompsonSplit;
import org.salestrack.model.marketing.AbResult;
import org.salestrack.model.marketing.Attribution;
import org.salestrack.model.marketing.AttributionModel;
import org.salestrack.model.marketing.CampaignCustomers;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.model.marketing.ChannelReturn;
import org.salestrack.model.marketing.ChannelRoi;
import org.salestrack.model.marketing.ChannelCredit;
import org.salestrack.model.marketing.Conversions;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * The Marketing screen's state: every campaign measured against its baseline and the attribution of the
 * touchpoints by every model (both loaded in the background), the campaign picked for the chart, and
 * the channel ROI by month with the customers campaigns brought, and the A/B calculator, which answers as the counts are typed (a closed-form sum, no I/O).
 */
public final class MarketingViewModel implements org.salestrack.ui.ScreenModel {
    /** Thompson sampling is seeded so the same counts always suggest the same split. */
    static final long SPLIT_SEED = 42;

    private final MarketingService service;
    private final TaskExecutor tasks;
    private final ObservableList<CampaignImpact> campaigns = FXCollections.observableArrayList();
    private final ObservableList<AttributionRow> attribution = FXCollections.observableArrayList();
    private final ObservableList<ChannelReturn> channelMonths = FXCollections.observableArrayList();
    private final ObservableList<CampaignCustomers> campaignCustomers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CampaignImpact> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();
    private final StringProperty aConversions = new SimpleStringProperty("");
    private final StringProperty aTrials = new SimpleStringProperty("");
    private final StringProperty bConversions = new SimpleStringProperty("");
    private final StringProperty bTrials = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<AbOutcome> ab = new ReadOnlyObjectWrapper<>();
    private final String taskTitle;
    private BackgroundTask<?> running;

    /** @param taskTitle what the status bar calls the loading task, in the UI language */
    public MarketingViewModel(MarketingService service, TaskExecutor tasks, String taskTitle) {
        this.service = service;
        this.tasks = tasks;
        this.taskTitle = taskTitle;
        for (StringProperty p : List.of(aConversions, aTrials, bConversions, bTrials)) p.addListener(o -> compare());
    }

    /** One channel's conversions under each model, in {@link AttributionModel} order, and its Markov removal effect. */
    public record AttributionRow(String channel, double[] conversions, double[] value, Double removalEffect) {}

    /** The calculator's answer: the test and the suggested budget split, or what is wrong with the input. */
    public record AbOutcome(AbResult result, double[] split, String problem) {}

    private record Loaded(List<CampaignImpact> campaigns, List<AttributionRow> attribution, ChannelRoi roi) {}

    public ObservableList<CampaignImpact> campaigns() { return campaigns; }

    public ObservableList<AttributionRow> attribution() { return attribution; }

    /** Spend, incremental revenue, ROI, new customers and CAC by channel and month. */
    public ObservableList<ChannelReturn> channelMonths() { return channelMonths; }

    /** The customers each measured campaign brought, their repeat rate and the campaign's CAC. */
    public ObservableList<CampaignCustomers> campaignCustomers() { return campaignCustomers; }

    public ReadOnlyObjectProperty<CampaignImpact> selectedProperty() { return selected.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Throwable> errorProperty() { return error.getReadOnlyProperty(); }

    public StringProperty aConversionsProperty() { return aConversions; }

    public StringProperty aTrialsProperty() { return aTrials; }

    public StringProperty bConversionsProperty() { return bConversions; }

    public StringProperty bTrialsProperty() { return bTrials; }

    public ReadOnlyObjectProperty<AbOutcome> abProperty() { return ab.getReadOnlyProperty(); }

    public void select(CampaignImpact c) { selected.set(c); }

    /** Measures every campaign and attributes the touchpoints, off the FX thread. */
    @Override
    public void start() { load(); }

    public void load() {
        if (running != null) running.cancel();
        BackgroundTask<Loaded> task = new BackgroundTask<>(taskTitle) {
            @Override
            public Loaded call() {
                List<CampaignImpact> measured = service.campaigns(cancellation());
                List<Attribution> models = service.attribution(Arrays.asList(AttributionModel.values()));
                ChannelRoi roi = service.channelRoi(measured, cancellation());
                return new Loaded(measured, rows(models), roi);
            }
        };
        running = task;
        busy.set(true);
        error.set(null);
        tasks.execute(task, r -> {
            if (running != task) return;
            running = null;
            busy.set(false);
            campaigns.setAll(r.campaigns());
            attribution.setAll(r.attribution());
            channelMonths.setAll(r.roi().months());
            campaignCustomers.setAll(r.roi().campaigns());
            CampaignImpact now = selected.get();
            selected.set(now == null ? null : r.campaigns().stream().filter(c -> c.code().equals(now.code())).findFirst().orElse(null));
        }, e -> {
            if (running != task) return;
            running = null;
            busy.set(false);
            if (!(e instanceof java.util.concurrent.CancellationException)) error.set(e);
        });
    }

    static List<AttributionRow> rows(List<Attribution> models) {
        List<AttributionRow> out = new ArrayList<>();
        if (models.isEmpty()) return out;
        int channels = models.get(0).channels().size();
        for (int c = 0; c < channels; c++) {
            double[] conv = new double[models.size()];
            double[] value = new double[models.size()];
            Double removal = null;
            for (int m = 0; m < models.size(); m++) {
                ChannelCredit credit = models.get(m).channels().get(c);
                conv[m] = credit.conversions();
                value[m] = credit.value();
                if (credit.removalEffect() != null) removal = credit.removalEffect();
            }
            out.add(new AttributionRow(models.get(0).channels().get(c).channel(), conv, value, removal));
        }
        return out;
    }

    /** Recomputes the A/B answer from the four typed counts; blank fields give no answer, bad ones say why. */
    void compare() {
        String[] texts = {aConversions.get(), aTrials.get(), bConversions.get(), bTrials.get()};
        for (String t : texts) {
            if (t == null || t.isBlank()) {
                ab.set(null);
                return;
            }
        }
        try {
            long[] n = new long[4];
            for (int i = 0; i < 4; i++) n[i] = Long.parseLong(texts[i].trim().replace(",", ""));
            Conversions a = new Conversions(n[0], n[1]);
            Conversions b = new Conversions(n[2], n[3]);
            AbResult r = BetaBinomialTest.compare(a, b);
            ab.set(new AbOutcome(r, ThompsonSplit.shares(List.of(a, b), ThompsonSplit.DEFAULT_ROUNDS, SPLIT_SEED), null));
        } catch (NumberFormatException e) {
            ab.set(new AbOutcome(null, null, "number"));
        } catch (IllegalArgumentException e) {
            ab.set(new AbOutcome(null, null, "range"));
        }
    }

    public void close() {
        if (running != null) running.cancel();
    }
}
