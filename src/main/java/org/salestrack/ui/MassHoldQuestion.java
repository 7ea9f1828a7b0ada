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
 * lines. It is asked from the worker thread, which waits while the dialog is open on the FX thread; a run
 * over the whole workspace asks while the rule is still running, with the lines it has flagged so far.
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
        Object[] args = {rule, m.lines(), m.totalLines(), m.share() * 100, HoldGuard.DEFAULT_SHARE * 100};
        // asked while the rule still runs (a run over the whole workspace asks once the share is crossed): its count so far
        String question = m.running() ? i18n.get("quality.mass.hold.confirm.running", args) : i18n.get("quality.mass.hold.confirm", args);
        java.util.concurrent.Callable<Boolean> ask = () -> dialogs.choose(i18n.get("quality.mass.hold.title"), question,
                i18n.get("quality.mass.hold.yes"), i18n.get("quality.mass.hold.no"));
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
