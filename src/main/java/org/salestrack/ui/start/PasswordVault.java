package org.salestrack.ui.start;

import java.util.Optional;

/**
 * Where the national store's password is kept between sessions: the operating system's keyring (implemented by the
 * app), never a file of ours. Every call may start a process or talk to a service: off the FX thread.
 */
public interface PasswordVault {
    /** Whether a keyring is there to keep passwords in; when not, the password is asked each time. */
    boolean available();

    Optional<String> find(String server, String user);

    void save(String server, String user, String password);

    void forget(String server, String user);

    /** No keyring: nothing kept, every login asks. */
    PasswordVault NONE = new PasswordVault() {
        @Override public boolean available() { return false; }

        @Override public Optional<String> find(String server, String user) { return Optional.empty(); }

        @Override public void save(String server, String user, String password) { }

        @Override public void forget(String server, String user) { }
    };
}
