package org.salestrack.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.ingest.ImportRejectedException;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.ingest.FilePreview;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.map.RowError;
import org.salestrack.ingest.profile.FieldMapping;
import org.salestrack.ingest.profile.FormatSpec;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.model.BatchStatus;
import org.salestrack.model.ImportBatch;
import org.salestrack.model.Message;
import org.salestrack.model.RecordKind;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.validate.HoldGuard;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * The import screen's state: the chosen files, a preview of the first with its detected profile, an
 * editable mapping, background import with progress and cancel, problems, and the batch history with undo.
 * Messages it produces are i18n keys plus arguments, resolved by the view.
 */
public final class ImportViewModel {
    private final ImportPipeline pipeline;
    private final ImportService imports;
    private final TaskExecutor tasks;
    private final Runnable dataChanged;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FilePreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<RecordKind> kind = new SimpleObjectProperty<>(RecordKind.SALES);
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<ImportBatch> batches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<List<String>> missing = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private MappingProfile detected;
    private boolean edited;
    /** A profile the user saved this session: the library loaded at start does not know it, so pass it explicitly. */
    private MappingProfile userProfile;

    public ImportViewModel(ImportPipeline pipeline, TaskExecutor tasks, Runnable dataChanged) {
        this.pipeline = pipeline;
        this.imports = pipeline.imports();
        this.tasks = tasks;
        this.dataChanged = dataChanged;
        kind.addListener((o, a, k) -> {
            if (k != null && (detected == null || detected.kind() != k)) fillMapping(k, null);
        });
        files.addListener((javafx.collections.ListChangeListener<Path>) c -> checkRequired());
        refreshBatches();
    }

    public ObservableList<Path> files() { return files; }

    public ReadOnlyObjectProperty<FilePreview> previewProperty() { return preview.getReadOnlyProperty(); }

    public ObjectProperty<RecordKind> kindProperty() { return kind; }

    public ObservableList<MappingRow> mapping() { return mapping; }

    public ObservableList<ImportProblem> problems() { return problems; }

    public ObservableList<ImportBatch> batches() { return batches; }

    /** Status text as "key|arg|arg" for the view to translate. */
    /** What the last step did, for the status line; null before any. */
    public ReadOnlyObjectProperty<Message> statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public MappingProfile detectedProfile() { return detected; }

    /** The required fields the mapping leaves unmapped; each entry lists alternatives (sales: amount or unit_price). */
    public ObservableList<List<String>> missing() { return missing; }

    /** Files are chosen and every required field is mapped: Import may run. */
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }

    private void checkRequired() {
        java.util.Set<String> mapped = new java.util.HashSet<>();
        for (MappingRow r : mapping) if (r.mapping() != null) mapped.add(r.field());
        List<List<String>> out = new ArrayList<>();
        RecordKind k = kind.get();
        if (k != null) {
            for (String f : k.required()) if (!mapped.contains(f)) out.add(List.of(f));
            if (k == RecordKind.SALES && !mapped.contains("amount") && !mapped.contains("unit_price")) out.add(List.of("amount", "unit_price"));
        }
        if (!out.equals(missing)) missing.setAll(out);
        ready.set(!files.isEmpty() && out.isEmpty());
    }

    /** Files picked or dropped: previews the first. */
    public void choose(List<Path> chosen) {
        if (chosen.isEmpty()) return;
        files.setAll(chosen);
        problems.clear();
        Path first = chosen.get(0);
        List<MappingProfile> profiles = imports.library().all();
        tasks.execute(new BackgroundTask<FilePreview>("") {
            @Override
            public FilePreview call() throws Exception { return FilePreview.read(first, profiles); }
        }, this::showPreview, e -> {
            preview.set(null);
            problems.add(new ImportProblem(first.getFileName().toString(), "", "", "", reason(e), why(e)));
        });
    }

    private void showPreview(FilePreview p) {
        detected = p.profile();
        userProfile = null;
        edited = false;
        preview.set(p);
        if (p.problem() != null) status.set(Message.of("import.no.profile"));
        else status.set(Message.of("import.detected", p.profile().name()));
        RecordKind k = detected == null ? kind.get() : detected.kind();
        fillMapping(k, detected);
        kind.set(k);
    }

    private void fillMapping(RecordKind k, MappingProfile from) {
        List<MappingRow> rows = new ArrayList<>();
        for (String f : k.fields()) {
            MappingRow r = new MappingRow(f, k.required().contains(f), from == null ? null : from.fields().get(f));
            r.sourceProperty().addListener(o -> {
                edited = true;
                checkRequired();
            });
            rows.add(r);
        }
        mapping.setAll(rows);
        edited = from == null;
        checkRequired();
    }

    /** The profile the mapping table describes, named {@code name}. */
    public MappingProfile editedProfile(String name) {
        Map<String, FieldMapping> fields = new LinkedHashMap<>();
        for (MappingRow r : mapping) {
            FieldMapping m = r.mapping();
            if (m != null) fields.put(r.field(), m);
        }
        FormatSpec format = detected == null ? FormatSpec.AUTO : detected.format();
        return new MappingProfile(name, kind.get(), format, fields);
    }

    /** Saves the mapping as a new profile; later imports in this session use it. Returns the file or a problem. */
    public boolean saveProfile(String name) {
        try {
            MappingProfile p = editedProfile(name);
            Path saved = imports.library().save(p);
            detected = p;
            userProfile = p;
            edited = false;
            status.set(Message.of("import.profile.saved", saved.getFileName()));
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            problems.add(new ImportProblem("", "", "", "", reason(e), why(e)));
            return false;
        }
    }

    /** Imports every chosen file in one background task, holding whatever the rules find. */
    public void importFiles() { importFiles(HoldGuard.HOLD_ALL); }

    /**
     * Imports every chosen file in one background task (Cancel rolls back the file in progress). The rules
     * run on the new lines; one that would hold more than the guard's share of them asks first.
     */
    public void importFiles(HoldGuard guard) {
        if (!ready.get() || busy.get()) return;
        List<Path> todo = List.copyOf(files);
        MappingProfile profile = edited || detected == null ? editedProfile("custom-" + kind.get().id()) : userProfile;
        problems.clear();
        busy.set(true);
        tasks.execute(new ImportTask(pipeline.withHoldGuard(guard), todo, profile), this::finished, e -> {
            busy.set(false);
            status.set(Message.of(e instanceof CancellationException ? "import.cancelled" : "import.failed"));
            if (!(e instanceof CancellationException)) problems.add(new ImportProblem("", "", "", "", reason(e), why(e)));
            refreshBatches();
        });
    }

    private void finished(List<Object> outcomes) {
        busy.set(false);
        long stored = 0;
        int refused = 0;
        for (Object o : outcomes) {
            if (o instanceof ImportResult r) {
                stored += r.stored();
                for (RowError err : r.errors()) problems.add(problem(r.file(), err));
            } else if (o instanceof ImportRejectedException e) {
                refused++;
                if (e.errors().isEmpty()) problems.add(new ImportProblem(e.file(), "", "", "", e.getMessage(), why(e)));
                for (RowError err : e.errors()) problems.add(problem(e.file(), err));
            }
        }
        status.set(Message.of("import.done", stored, refused));
        refreshBatches();
        dataChanged.run();
    }

    private static ImportProblem problem(String file, RowError e) {
        return new ImportProblem(file, String.valueOf(e.row()), e.column() == null ? "" : e.column(), e.value() == null ? "" : e.value(),
                e.reason(), e.why());
    }

    public void undo(ImportBatch batch) {
        if (batch == null || batch.status() != BatchStatus.STORED) return;
        tasks.execute(new BackgroundTask<ImportBatch>("undo") {
            @Override
            public ImportBatch call() { return pipeline.undo(batch.id(), progress()).batch(); }
        }, b -> {
            status.set(Message.of("import.undone", b.id(), b.fileName()));
            refreshBatches();
            dataChanged.run();
        }, e -> problems.add(new ImportProblem(batch.fileName(), "", "", "", reason(e), why(e))));
    }

    public void refreshBatches() {
        tasks.execute(new BackgroundTask<List<ImportBatch>>("") {
            @Override
            public List<ImportBatch> call() {
                List<ImportBatch> all = new ArrayList<>(imports.batches());
                java.util.Collections.reverse(all);
                return all;
            }
        }, batches::setAll, e -> problems.add(new ImportProblem("", "", "", "", reason(e), why(e))));
    }

    /** The reason in words for the screen: a refused file reads "file: reason" as in English; other failures as {@code Failures} says them. */
    static Message why(Throwable e) {
        if (e instanceof ImportRejectedException r) return Message.of("import.reason.in_file", r.file(), r.reason());
        return org.salestrack.ui.Failures.of(e);
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Imports files one by one; a refused file is an outcome, not a failure of the whole task. */
    private static final class ImportTask extends BackgroundTask<List<Object>> {
        private final ImportPipeline pipeline;
        private final List<Path> todo;
        private final MappingProfile profile;

        ImportTask(ImportPipeline pipeline, List<Path> todo, MappingProfile profile) {
            super("import");
            this.pipeline = pipeline;
            this.todo = todo;
            this.profile = profile;
        }

        @Override
        public List<Object> call() {
            List<Object> out = new ArrayList<>();
            for (FileOutcome o : pipeline.importFiles(todo, profile, progress(), cancellation()).files()) {
                out.add(o.result() != null ? o.result() : o.refusal());
            }
            return out;
        }
    }
}
