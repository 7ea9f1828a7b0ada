package org.salestrack.ui;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import javafx.application.Platform;
import org.salestrack.validate.HoldGuard;
import org.salestrack.validate.MassHold;

/**
 * The question a screen asks before a rule holds more than 5% of the lines out of the totals: the same
 * on Data quality's "Run validation" and on the Import screen, whose import runs the rules on the new
 * lines. It is asked from the worker thread, which waits while the dialog is open on the FX thread.
 */
public final class MassHoldQuestion implements Predicate<MassHold> {
    private final DialogService dialogs;
    private final I18n i18n;

    public MassHoldQuestion(DialogService dialogs, I18n i18n) {
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** The guard that asks this question above the default share. */
    public HoldGuard guard() { return new HoldGuard(HoldGuard.DEFAULT_SHARE, this); }

    @Override
    public boolean test(MassHold m) {
        String rule = i18n.has("quality.rule.name." + m.rule()) ? i18n.get("quality.rule.name." + m.rule()) : m.rule();
        java.util.concurrent.Callable<Boolean> ask = () -> dialogs.confirm(i18n.get("quality.mass.hold.title"),
                i18n.get("quality.mass.hold.confirm", rule, m.lines(), m.totalLines(), m.share() * 100, HoldGuard.DEFAULT_SHARE * 100));
        if (Platform.isFxApplicationThread()) {
            try {
                return ask.call();
            } catch (Exception e) {
                return false;
            }
        }
        FutureTask<Boolean> f = new FutureTask<>(ask);
        Platform.runLater(f);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }
}
