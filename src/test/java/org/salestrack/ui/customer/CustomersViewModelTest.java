package org.salestrack.ui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.customer.CustomerService;
import org.salestrack.analytics.customer.Rfm;
import org.salestrack.store.Workspace;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.I18n;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.StateManager;

/** Issue 12 #4: the RFM cut points are asked through the dialogs the view model is given; no window. */
class CustomersViewModelTest {
    @TempDir
    Path dir;

    private final RequestScheduler requests = new RequestScheduler();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private CustomersViewModel vm;

    @BeforeEach
    void open() {
        LocalDate day = LocalDate.of(2025, 6, 30);
        vm = new CustomersViewModel(new CustomerService(Workspace.open(dir.resolve("ws.db"))), new StateManager(day, day), requests,
                TaskExecutor.SAME_THREAD, dialogs, new I18n(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        vm.close();
        requests.close();
    }

    @Test
    void typedCutPointsAreKeptWithSpendInE4AndShownAgainAsTyped() {
        dialogs.textToType = "30,90,180,365;1,2,3,5;500,2000,5000,10000";
        vm.askCuts();
        Rfm.Cuts cuts = vm.cutsProperty().get();
        assertThat(cuts.recency()).containsExactly(30, 90, 180, 365);
        assertThat(cuts.frequency()).containsExactly(1, 2, 3, 5);
        // 500 yuan = 5,000,000 e4
        assertThat(cuts.monetary()).containsExactly(5_000_000, 20_000_000, 50_000_000, 100_000_000);
        assertThat(dialogs.errors).isEmpty();

        // asked again, the prompt offers the cut points in use: kept as they are when accepted unchanged
        dialogs.textToType = null;
        vm.askCuts();
        assertThat(vm.cutsProperty().get().text()).isEqualTo("30,90,180,365;1,2,3,5;500,2000,5000,10000");
    }

    @Test
    void anUnreadableTextIsSaidAndChangesNothingAndEmptyGoesBackToQuintiles() {
        dialogs.textToType = "30,90,180,365;1,2,3,5;500,2000,5000,10000";
        vm.askCuts();
        Rfm.Cuts kept = vm.cutsProperty().get();

        dialogs.textToType = "30,90;1";
        vm.askCuts();
        assertThat(dialogs.errors).containsExactly(
                "These cut points cannot be used: three groups separated by ';' (recency;purchases;spend), not '30,90;1'");
        assertThat(vm.cutsProperty().get()).isSameAs(kept);

        dialogs.textToType = " ";
        vm.askCuts();
        assertThat(vm.cutsProperty().get()).isNull();
    }
}
