package org.salestrack.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.salestrack.task.TaskExecutor;

/** Where the login page's password comes from and where it goes: the keyring only when asked, the field never kept. */
class ConnectViewModelTest {
    static final String URL = "postgresql://db.example:5432/national";

    /** A server whose only login is li_na / right; it records every password it was given. */
    final List<String> tried = new ArrayList<>();
    final NationalOpener server = (url, user, password) -> {
        tried.add(password);
        if (!user.equals("li_na") || !password.equals("right")) throw new NationalLoginRefusedException("refused", null);
        return new OpenedWorkspace("postgresql://li_na@db.example:5432/national", null, null, null, org.salestrack.ui.ScreenServices.NONE);
    };

    final NationalStoreFxTest.MemoryVault vault = new NationalStoreFxTest.MemoryVault();
    final AtomicReference<OpenedWorkspace> ready = new AtomicReference<>();

    ConnectViewModel page(PasswordVault v) {
        ConnectViewModel vm = new ConnectViewModel(URL, server, v, TaskExecutor.SAME_THREAD, ready::set, () -> { });
        vm.userProperty().set("li_na");
        return vm;
    }

    @Test
    void aTypedPasswordIsKeptOnlyWhenAskedAndAKeptOneIsUsedWhenTheFieldIsEmpty() {
        ConnectViewModel first = page(vault);
        first.passwordProperty().set("right");
        first.connect();
        assertThat(ready.get()).isNotNull();
        assertThat(vault.kept).isEmpty();
        assertThat(first.passwordProperty().get()).isEmpty();

        ready.set(null);
        ConnectViewModel second = page(vault);
        second.rememberProperty().set(true);
        second.passwordProperty().set("right");
        second.connect();
        assertThat(vault.kept).containsExactlyEntriesOf(java.util.Map.of("li_na@" + URL, "right"));

        ready.set(null);
        tried.clear();
        ConnectViewModel third = page(vault);
        third.connect();
        assertThat(tried).containsExactly("right");
        assertThat(ready.get()).isNotNull();
    }

    @Test
    void aKeptPasswordTheServerRefusesIsForgottenAndNothingIsTriedWithoutOne() {
        vault.save(URL, "li_na", "old");
        ConnectViewModel vm = page(vault);
        vm.connect();
        assertThat(tried).containsExactly("old");
        assertThat(vm.problemProperty().get()).isEqualTo(ConnectViewModel.Problem.REFUSED.key());
        assertThat(vm.refusals()).isEqualTo(1);
        assertThat(vault.kept).isEmpty();

        vm.connect();
        assertThat(tried).containsExactly("old");
        assertThat(vm.problemProperty().get()).isEqualTo(ConnectViewModel.Problem.NO_PASSWORD.key());
        assertThat(ready.get()).isNull();
    }

    @Test
    void withoutAKeyringThePasswordIsAskedEachTimeAndNeverKept() {
        ConnectViewModel vm = page(PasswordVault.NONE);
        assertThat(vm.keyringProperty().get()).isFalse();
        vm.rememberProperty().set(true);
        vm.passwordProperty().set("right");
        vm.connect();
        assertThat(ready.get()).isNotNull();
        ready.set(null);
        ConnectViewModel again = page(PasswordVault.NONE);
        again.connect();
        assertThat(again.problemProperty().get()).isEqualTo(ConnectViewModel.Problem.NO_PASSWORD.key());
        assertThat(ready.get()).isNull();
    }

    /** Walked by hand: a closed port read "The workspace could not do it (... Connection refused)". */
    @Test
    void anAddressWhereNoServerAnswersSaysSoInsteadOfTheDriversWords() {
        ConnectViewModel vm = new ConnectViewModel("postgresql://127.0.0.1:1/national", org.salestrack.app.WorkspaceServices::openNational,
                PasswordVault.NONE, TaskExecutor.SAME_THREAD, ready::set, () -> { });
        vm.userProperty().set("li_na");
        vm.passwordProperty().set("right");
        vm.connect();
        assertThat(ready.get()).isNull();
        assertThat(vm.problemProperty().get()).isEqualTo(ConnectViewModel.Problem.UNREACHABLE.key());
    }
}
