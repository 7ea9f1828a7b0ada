package org.salestrack.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.LongConsumer;
import org.salestrack.task.Cancellation;

/**
 * The workbook's output while it is saved: a Cancel stops the saving at the next block written (the
 * detail sheets are copied into the zip for seconds), and progress creeps from {@link SalesWorkbookWriter#DETAIL_DONE}
 * towards the end with the bytes written, against an estimate from the detail line count.
 */
final class SavingStream extends FilterOutputStream {
    /** Bytes a detail line takes in the saved file, roughly; the formatted sheets add a little. */
    private static final long BYTES_PER_LINE = 45;
    private static final long BASE_BYTES = 200_000;

    private final Cancellation cancel;
    private final LongConsumer progress;
    private final double expected;
    private long written;
    private long reported = -1;

    SavingStream(OutputStream out, Cancellation cancel, long detailLines, LongConsumer progress) {
        super(out);
        this.cancel = cancel;
        this.progress = progress;
        this.expected = BASE_BYTES + detailLines * BYTES_PER_LINE;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        advance(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        cancel.check();
        out.write(b, off, len);
        advance(len);
    }

    private void advance(long n) {
        written += n;
        int span = SalesWorkbookWriter.STEPS - SalesWorkbookWriter.DETAIL_DONE - 1;
        // approaches the end without reaching it, however wrong the estimate
        long done = SalesWorkbookWriter.DETAIL_DONE + Math.round(span * (1 - Math.exp(-written / expected)));
        if (done != reported) {
            reported = done;
            progress.accept(done);
        }
    }
}
