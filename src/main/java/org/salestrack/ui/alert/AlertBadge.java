package org.salestrack.ui.alert;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Hyperlink;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.salestrack.analytics.alert.AlertService;
import org.salestrack.model.Alert;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.I18n;

/**
 * The header's count of open alerts, a link to the alert centre. It recounts off the FX thread after
 * imports, after a change in the alert centre, and every few seconds (a watched folder or another process
 * may have raised some); when newer alerts than it has seen arrive while the window is open, it shows a
 * desktop notification naming the newest.
 */
public final class AlertBadge {
    private final AlertService service;
    private final TaskExecutor queries;
    private final I18n i18n;
    private final Hyperlink link = new Hyperlink();
    private final LongProperty open = new SimpleLongProperty();
    private final IntegerProperty notified = new SimpleIntegerProperty();
    private final StringProperty lastNotice = new SimpleStringProperty("");
    private final Timeline poll;
    private final Runnable onChange = () -> Platform.runLater(this::refresh);
    private long seen = -1;

    public AlertBadge(AlertService service, TaskExecutor queries, I18n i18n, Consumer<String> show, Duration every) {
        this.service = service;
        this.queries = queries;
        this.i18n = i18n;
        link.setId("alerts-badge");
        link.getStyleClass().add("alerts-badge");
        link.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get("alerts.badge", open.get()), open,
                i18n.localeProperty()));
        // hidden without alerts but keeping its place: the header must not re-lay out the screens when the first one arrives
        link.visibleProperty().bind(open.greaterThan(0));
        link.setOnAction(e -> show.accept("alerts"));
        service.onChange(onChange);
        poll = new Timeline(new KeyFrame(every, e -> refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
        refresh();
    }

    public Hyperlink node() { return link; }

    /** Alerts not resolved, as the badge shows them. */
    public LongProperty openProperty() { return open; }

    /** How many desktop notifications were shown, and the last one's text. */
    public IntegerProperty notifiedProperty() { return notified; }

    public StringProperty lastNoticeProperty() { return lastNotice; }

    private record Count(long open, long latest, List<Alert> fresh) {}

    public void refresh() {
        long before = seen;
        queries.execute(new BackgroundTask<Count>("alert-count") {
            @Override
            public Count call() {
                long[] c = service.openCountAndLatest();
                List<Alert> fresh = before >= 0 && c[1] > before ? service.since(before) : List.of();
                return new Count(c[0], c[1], fresh);
            }
        }, c -> {
            open.set(c.open());
            if (seen >= 0 && !c.fresh().isEmpty() && c.latest() > seen) notify(c.fresh());
            seen = Math.max(seen, c.latest());
        }, e -> { });
    }

    private void notify(List<Alert> fresh) {
        Alert newest = fresh.get(fresh.size() - 1);
        String text = newest.why() == null ? newest.message() : i18n.get(newest.why(), newest.message());
        lastNotice.set(text);
        notified.set(notified.get() + 1);
        try {
            Notifications.create().title(i18n.get("alerts.notify.title", fresh.size())).text(text).onAction(e -> link.fire()).showWarning();
        } catch (RuntimeException e) {
            // no screen to show it on (headless): the badge still counts
        }
    }

    public void close() {
        poll.stop();
        service.removeOnChange(onChange);
    }
}
