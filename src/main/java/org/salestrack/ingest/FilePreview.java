package org.salestrack.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.ingest.map.MappedRow;
import org.salestrack.ingest.map.NoMatchingProfileException;
import org.salestrack.ingest.map.TableLocator;
import org.salestrack.ingest.profile.FormatSpec;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.read.TableReader;
import org.salestrack.ingest.read.TableSources;
import org.salestrack.ingest.read.UnreadableFileException;

/** The first rows of a file as read, and the profile that matched its header (null when none did). */
public record FilePreview(Path file, List<String> header, List<List<String>> rows, MappingProfile profile, String problem) {
    public static final int ROWS = 20;

    /**
     * The import preview of {@code file}: its header and first rows through the same locator the import uses,
     * so what the user sees is what will be mapped. Nothing is stored, and the rows shown are the cells as read
     * (the locator's pseudonymiser runs with a throwaway key; its output is never shown or kept).
     */
    public static FilePreview read(Path file, List<MappingProfile> profiles) throws IOException {
        try {
            TableLocator.Located located = TableLocator.locate(file, profiles, new Pseudonymiser(new byte[32]));
            try (var rows = located.rows()) {
                List<List<String>> out = new ArrayList<>();
                for (MappedRow r = rows.next(); r != null && out.size() < ROWS; r = rows.next()) out.add(r.raw());
                return new FilePreview(file, rows.header(), out, located.profile(), null);
            }
        } catch (NoMatchingProfileException e) {
            return raw(file, e.getMessage());
        } catch (UnreadableFileException e) {
            if (profiles.isEmpty()) return raw(file, e.getMessage());
            throw e;
        }
    }

    /** Without a matching profile: the first non-empty row is taken as the header. */
    private static FilePreview raw(Path file, String problem) throws IOException {
        TableSources.Opened opened = TableSources.open(file, FormatSpec.AUTO, 0);
        try (TableReader reader = opened.reader()) {
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            for (List<String> r = reader.next(); r != null && rows.size() < ROWS; r = reader.next()) {
                if (header == null) {
                    if (r.stream().anyMatch(c -> c != null && !c.isBlank())) header = r;
                } else {
                    rows.add(r);
                }
            }
            return new FilePreview(file, header == null ? List.of() : header, rows, null, problem);
        }
    }
}
