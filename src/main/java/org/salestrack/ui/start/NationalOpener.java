package org.salestrack.ui.start;

/** Opens the national store (PostgreSQL) for the workbench; implemented by the app. Slow (a login, a query): off the FX thread. */
@FunctionalInterface
public interface NationalOpener {
    /**
     * @param url {@code postgresql://HOST[:PORT]/DB}
     * @param user the person's database role; blank for the one in the URL or the OS user
     * @param password her password, never stored by the opener
     * @throws NationalLoginRefusedException when the server refuses the user or the password
     */
    OpenedWorkspace open(String url, String user, String password);
}
