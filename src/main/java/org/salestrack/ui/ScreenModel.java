package org.salestrack.ui;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The view model of an analysis screen: it loads once its view listens ({@link #start()}) and stops
 * listening to the shared state and cancels its work when the screen closes.
 */
public interface ScreenModel {
    void start();

    void close();

    /**
     * The one way an analysis screen is made: its service from {@link ScreenServices} (the "unavailable" screen
     * when the workspace has none, e.g. the national store), its view model on that service, the view, and only then the first load,
     * so the view sees every result.
     */
    static <S, M extends ScreenModel> Screen screen(WorkbenchContext ctx, Function<ScreenServices, S> service, Function<S, M> model,
                                                    BiFunction<M, WorkbenchContext, ? extends Screen> view) {
        S s = service.apply(ctx.screens());
        if (s == null) return Unavailable.screen(ctx.i18n());
        M vm = model.apply(s);
        Screen v = view.apply(vm, ctx);
        vm.start();
        return v;
    }
}
