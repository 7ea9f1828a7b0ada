package org.salestrack.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.salestrack.ingest.map.TableLocator;
import org.salestrack.ingest.read.UnreadableFileException;
import org.salestrack.model.RecordKind;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Imports every data file of a folder (e.g. samples/) in an order that lets facts find their
 * dimensions: products, dealers and stores first, so margins and store regions are known.
 */
public final class FolderImport {
    private final ImportService imports;

    public FolderImport(ImportService imports) { this.imports = imports; }

    /** The outcome for each file and sheet, in the order they were imported. */
    public List<FileOutcome> importFolder(Path folder, ProgressListener progress, Cancellation cancel) throws IOException {
        return importFiles(dataFiles(folder), progress, cancel);
    }

    /**
     * Only the files whose content the workspace has never stored (a sample set that grew with a new version of
     * the app; a file the analyst undid is not new), found by their content hash without reading them as tables: a
     * folder already imported costs a hash of each file, not a parse.
     */
    public List<FileOutcome> importNew(Path folder, ProgressListener progress, Cancellation cancel) throws IOException {
        List<Path> fresh = new ArrayList<>();
        for (Path f : dataFiles(folder)) if (!imports.saw(f)) fresh.add(f);
        return importFiles(fresh, progress, cancel);
    }

    private List<FileOutcome> importFiles(List<Path> files, ProgressListener progress, Cancellation cancel) {
        List<Planned> plan = new ArrayList<>();
        for (Path f : files) plan.add(new Planned(f, kindOf(f)));
        plan.sort(Comparator.comparingInt((Planned p) -> rank(p.kind)).thenComparing(p -> p.file.toString()));
        List<FileOutcome> out = new ArrayList<>();
        int i = 0;
        for (Planned p : plan) {
            cancel.check();
            int index = i++;
            progress.progress(index, plan.size(), p.file.getFileName().toString());
            ProgressListener inner = progress.part(index, index, plan.size());
            try {
                ImportResult first = imports.importFile(p.file, null, inner, cancel);
                out.add(FileOutcome.stored(p.file, first));
                out.addAll(otherSheets(p.file, first, inner, cancel));
            } catch (ImportRejectedException e) {
                out.add(FileOutcome.refused(p.file, e));
            }
        }
        progress.progress(plan.size(), plan.size(), org.salestrack.model.Message.of("progress.done"));
        return out;
    }

    private record Planned(Path file, RecordKind kind) {}

    /**
     * A workbook can hold several kinds on named sheets (a dealer's 销售明细 and 库存): after the first
     * match, every profile that names another sheet of it is tried too; a workbook without that sheet is
     * simply not one of its files.
     */
    private List<FileOutcome> otherSheets(Path file, ImportResult first, ProgressListener progress, Cancellation cancel) {
        List<FileOutcome> out = new ArrayList<>();
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) return out;
        for (var profile : imports.library().all()) {
            if (profile.format().sheet() == null || profile.name().equals(first.profile())) continue;
            if (!profile.format().type().equalsIgnoreCase("xlsx")) continue;
            try {
                out.add(FileOutcome.stored(file, imports.importFile(file, profile, progress, cancel)));
            } catch (ImportRejectedException e) {
                // not this workbook's sheet or columns
            }
        }
        return out;
    }

    private RecordKind kindOf(Path f) {
        try {
            TableLocator.Located l = TableLocator.locate(f, imports.library().all(), new Pseudonymiser(new byte[32]));
            l.rows().close();
            return l.profile().kind();
        } catch (UnreadableFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int rank(RecordKind k) {
        if (k == null) return 99;
        return switch (k) {
            case PRODUCT -> 0;
            case DEALER -> 1;
            case STORE -> 2;
            case CAMPAIGN -> 3;
            default -> 10;
        };
    }

    static List<Path> dataFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !folder.relativize(p).toString().startsWith("profiles"))
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".xlsx") || n.endsWith(".json")
                                || n.endsWith(".jsonl") || n.endsWith(".txt");
                    })
                    .sorted().toList();
        }
    }
}
