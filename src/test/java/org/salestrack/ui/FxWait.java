package org.salestrack.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Polls a condition on the FX thread. Read from the test thread, a lookup walks children lists and table items the FX
 * thread is rewriting, and fails now and then with an IndexOutOfBoundsException (seen on the CI machine).
 */
public final class FxWait {
    private FxWait() {}

    public static void until(long seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
