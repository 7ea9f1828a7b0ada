package org.salestrack.ui.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.ui.Failures;
import org.salestrack.model.Message;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchMode;
import org.salestrack.model.watch.WatchState;
import org.salestrack.model.watch.WatchedFolder;
import org.salestrack.pipeline.watch.WatchDesk;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * The Watched folders screen's state: the folders with how each is watched, a form to add one or change
 * one's settings, and the journal of what the watcher did. The status is a message the view shows in its language.
 */
public final class WatchViewModel {
    static final int JOURNAL_ROWS = 200;
    /** The profile choice that means "picked by each file's header". */
    public static final String AUTO = "";

    private final WatchDesk desk;
    private final TaskExecutor tasks;
    private final ObservableList<FolderRow> folders = FXCollections.observableArrayList();
    private final ObservableList<WatchEvent> journal = FXCollections.observableArrayList();
    private final ObservableList<String> profiles = FXCollections.observableArrayList(AUTO);
    private final StringProperty path = new SimpleStringProperty("");
    private final StringProperty profile = new SimpleStringProperty(AUTO);
    private final IntegerProperty interval = new SimpleIntegerProperty(2);
    private final ObjectProperty<WatchMode> mode = new SimpleObjectProperty<>(WatchMode.AUTO);
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>();

    public WatchViewModel(WatchDesk desk, TaskExecutor tasks) {
        this.desk = desk;
        this.tasks = tasks;
    }

    public ObservableList<FolderRow> folders() { return folders; }

    /** Newest first. */
    public ObservableList<WatchEvent> journal() { return journal; }

    public ObservableList<String> profiles() { return profiles; }

    public StringProperty pathProperty() { return path; }

    public StringProperty profileProperty() { return profile; }

    public IntegerProperty intervalProperty() { return interval; }

    public ObjectProperty<WatchMode> modeProperty() { return mode; }

    /** What the last action did, for the status line; null before any. */
    public ReadOnlyObjectProperty<Message> statusProperty() { return status.getReadOnlyProperty(); }

    private record Loaded(List<FolderRow> folders, List<WatchEvent> journal, List<String> profiles) {}

    /** Reads the folders, their states, the journal and the profiles again; safe to call from any thread. */
    public void refresh() {
        tasks.execute(new BackgroundTask<Loaded>("") {
            @Override
            public Loaded call() {
                Map<Long, WatchState> states = desk.states();
                List<FolderRow> rows = new ArrayList<>();
                for (WatchedFolder f : desk.folders()) rows.add(new FolderRow(f, f.enabled() ? states.get(f.id()) : WatchState.PAUSED));
                List<String> names = new ArrayList<>();
                names.add(AUTO);
                names.addAll(desk.profiles());
                return new Loaded(rows, desk.recent(JOURNAL_ROWS), names);
            }
        }, l -> {
            folders.setAll(l.folders);
            journal.setAll(l.journal);
            if (!profiles.equals(l.profiles)) profiles.setAll(l.profiles);
        }, e -> status.set(Message.of("watch.error", Failures.of(e))));
    }

    /** Fills the form with a folder's settings, to change them. */
    public void edit(FolderRow row) {
        if (row == null) return;
        WatchedFolder f = row.folder();
        path.set(f.path());
        profile.set(f.profile() == null ? AUTO : f.profile());
        interval.set(f.pollSeconds());
        mode.set(f.mode());
    }

    /** Watches the folder in the form with its settings (or changes them when it is watched already). */
    public void save() {
        String p = path.get() == null ? "" : path.get().strip();
        if (p.isEmpty()) {
            status.set(Message.of("watch.error.no_path"));
            return;
        }
        Path dir = Path.of(p).toAbsolutePath().normalize();
        String name = profile.get() == null || profile.get().equals(AUTO) ? null : profile.get();
        int seconds = interval.get();
        WatchMode m = mode.get();
        tasks.execute(new BackgroundTask<WatchedFolder>("") {
            @Override
            public WatchedFolder call() {
                if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir.toString());
                WatchedFolder existing = desk.folders().stream().filter(f -> f.path().equals(dir.toString())).findFirst().orElse(null);
                return desk.save(dir.toString(), name, seconds, m, existing == null || existing.enabled());
            }
        }, f -> {
            status.set(Message.of("watch.saved", f.path()));
            clear();
            refresh();
        }, e -> status.set(e instanceof IllegalArgumentException ? Message.of("watch.error.no_folder", dir) : Message.of("watch.error", Failures.of(e))));
    }

    /** Empties the form for the next folder. */
    public void clear() {
        path.set("");
        profile.set(AUTO);
        interval.set(2);
        mode.set(WatchMode.AUTO);
    }

    /** Pauses a watched folder, or watches a paused one again. */
    public void toggle(FolderRow row) {
        if (row == null) return;
        WatchedFolder f = row.folder();
        tasks.execute(new BackgroundTask<WatchedFolder>("") {
            @Override
            public WatchedFolder call() { return desk.save(f.path(), f.profile(), f.pollSeconds(), f.mode(), !f.enabled()); }
        }, saved -> {
            status.set(Message.of(saved.enabled() ? "watch.resumed" : "watch.paused", saved.path()));
            refresh();
        }, e -> status.set(Message.of("watch.error", Failures.of(e))));
    }

    public void remove(FolderRow row) {
        if (row == null) return;
        String p = row.folder().path();
        tasks.execute(new BackgroundTask<Boolean>("") {
            @Override
            public Boolean call() { return desk.remove(p); }
        }, ok -> {
            status.set(Message.of("watch.removed", p));
            if (p.equals(path.get())) clear();
            refresh();
        }, e -> status.set(Message.of("watch.error", Failures.of(e))));
    }
}
